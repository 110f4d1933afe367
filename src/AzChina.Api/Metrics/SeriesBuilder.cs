using AzChina.Domain.Metrics;
using AzChina.Domain.Time;
using AzChina.Domain.Vocabularies;

namespace AzChina.Api.Metrics;

/// <summary>The level or growth metric paired with the requested one, and its claims, for derived values.</summary>
internal sealed record PairedMetric(MetricRow Metric, IReadOnlyList<ClaimRow> Claims);

/// <summary>
/// Groups a metric's claims into observations (one per period and direction) and reconciles each;
/// adds derived observations when asked; then applies the period filters. The claims arrive already
/// filtered by knowledge date and direction, so reconciliation and derivation only see what was known.
/// </summary>
internal static class SeriesBuilder
{
    public static MetricSeries Build(MetricRow metric, IReadOnlyList<ClaimRow> claims, SeriesQuery query, PairedMetric? pair = null)
    {
        var unit = Columns.Vocab<Unit>(metric.Unit);
        var reported = Reported(claims, unit);
        // Derivation runs before the period filters: from=2023&to=2023 still finds 2023 implied by 2024.
        var all = pair is null ? reported : [.. reported, .. DerivedObservations.For(metric, reported, pair)];
        var observations = Latest(InRange(Chronological(all), query.From, query.To), query.Latest);
        return new MetricSeries(metric.Name, metric.Label, unit, metric.Description, observations, query.AsOf);
    }

    public static List<Observation> Reported(IReadOnlyList<ClaimRow> claims, Unit unit) =>
        claims
            .GroupBy(c => (c.Period, c.Reporter, c.Partner, c.Subject))
            .Select(g => ToObservation(g.Key.Period, g.Key.Reporter, g.Key.Partner, g.Key.Subject, g.ToList(), unit))
            .ToList();

    /// <summary>Reads the preferred claim of a reported observation back as the input reconciliation gave it.</summary>
    public static ClaimInput PreferredInput(Observation observation)
    {
        var c = observation.Claims.Single(c => c.Id == observation.PreferredClaimId);
        return Input(c);
    }

    private static ClaimInput Input(Claim c) => new(c.Id, c.Value, c.Qualifier, c.Stated, c.PublishedOn, c.SourceId);

    private static Observation ToObservation(string period, string? reporter, string? partner, string? subject, IReadOnlyList<ClaimRow> rows, Unit unit)
    {
        var claims = rows.Select(r => r.ToClaim()).ToList();
        var reconciled = ClaimReconciliation.Reconcile(claims.Select(Input).ToList());
        var preferred = reconciled.Preferred;
        var span = Period.Parse(period);
        return new Observation(
            period, span.Start, span.End, reporter, partner, subject, preferred.Value, preferred.Qualifier, reconciled.Agreement,
            reconciled.LowerBound, reconciled.UpperBound, preferred.ClaimId, claims.Any(c => c.PeriodInferred),
            claims.OrderByDescending(c => c.PublishedOn).ThenBy(c => c.SourceId, StringComparer.Ordinal).ToList(),
            unit, ValueDisplay.Format(preferred.Value, preferred.Qualifier, unit), claims.Select(c => c.SourceId).Distinct().Count(),
            Derived: false, Formula: null, DerivedFrom: null);
    }

    private static List<Observation> Chronological(IEnumerable<Observation> observations) =>
        observations
            .OrderBy(o => Period.Parse(o.Period))
            .ThenBy(o => o.Reporter, StringComparer.Ordinal)
            .ThenBy(o => o.Partner, StringComparer.Ordinal)
            .ThenBy(o => o.Subject, StringComparer.Ordinal)
            .ToList();

    /// <summary>Overlap: an observation counts when its span touches [from's first day, to's last day].</summary>
    private static List<Observation> InRange(List<Observation> observations, Period? from, Period? to)
    {
        var first = from?.Start ?? DateOnly.MinValue;
        var last = to?.End ?? DateOnly.MaxValue;
        return observations.Where(o => o.PeriodStart <= last && o.PeriodEnd >= first).ToList();
    }

    /// <summary>
    /// The observations of the N periods that end last (of two ending together, the shorter is the more
    /// recent), kept in chronological order. N counts periods, not observations: a period can have one
    /// observation per direction.
    /// </summary>
    private static List<Observation> Latest(List<Observation> observations, int? latest)
    {
        if (latest is not { } n) return observations;
        var recent = observations
            .Select(o => Period.Parse(o.Period))
            .Distinct()
            .OrderByDescending(p => p.End)
            .ThenByDescending(p => p.Start)
            .Take(n)
            .Select(p => p.Text)
            .ToHashSet(StringComparer.Ordinal);
        return observations.Where(o => recent.Contains(o.Period)).ToList();
    }
}
