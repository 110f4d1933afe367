using AzChina.Domain.Time;
using AzChina.Domain.Vocabularies;
// An observation with its parsed period, which ordering, the overlap filter and latest read.
using Dated = (AzChina.Domain.Time.Period? Period, AzChina.Domain.Metrics.Observation Observation);

namespace AzChina.Domain.Metrics;

/// <summary>
/// Which observations a series keeps: those whose period overlaps [From's first day, To's last day],
/// then of those the observations of the Latest N periods.
/// </summary>
public sealed record PeriodFilter(Period? From, Period? To, int? Latest, DateMatch Match = DateMatch.Certain)
{
    public static readonly PeriodFilter None = new(null, null, null);
}

/// <summary>The level or growth metric paired with the requested one (X and X_growth), and its claims, for derived values.</summary>
public sealed record PairedMetric(Metric Metric, IReadOnlyList<SeriesClaim> Claims);

/// <summary>
/// Groups a metric's claims into observations (one per period and direction) and reconciles each;
/// adds derived observations when given the paired metric; puts them in chronological order; then
/// applies the period filter. The claims arrive already filtered by knowledge date and direction, so
/// reconciliation and derivation only see what was known.
/// </summary>
public static class SeriesBuilder
{
    public static MetricSeries Build(
        Metric metric, IReadOnlyList<SeriesClaim> claims, PeriodFilter filter, DateOnly? asOf, PairedMetric? pair = null)
    {
        var reported = Reported(claims, metric.Unit);
        var all = reported.Select(r => new Dated(r.Period, r.Observation));
        // Derivation runs before the period filter: from=2023&to=2023 still finds 2023 implied by 2024.
        if (pair is not null)
            all = all.Concat(DerivedObservations.For(metric.Name, metric.Unit, reported, Reported(pair.Claims, pair.Metric.Unit)));
        var observations = Latest(InRange(Chronological(all), filter.From, filter.To, filter.Match), filter.Latest).Select(o => o.Observation).ToList();
        return new MetricSeries(metric.Name, metric.Label, metric.Unit, metric.Description, metric.Direction, observations, asOf);
    }

    private static List<ReportedObservation> Reported(IReadOnlyList<SeriesClaim> claims, Unit unit) =>
        // Claims with no period are about no period in common: each is an observation of its own.
        claims.GroupBy(c => (c.Key, Alone: c.Key.Period is null ? c.Claim.Id : null))
            .Select(g => Reconcile(g.Key.Key, g.Select(c => c.Claim).ToList(), unit)).ToList();

    private static ReportedObservation Reconcile(ObservationKey key, IReadOnlyList<Claim> claims, Unit unit)
    {
        var inputs = claims.Select(c => new ClaimInput(c.Id, c.Value, c.Qualifier, c.Stated, c.PublishedOn, c.SourceId, c.StatedAt)).ToList();
        var reconciled = ClaimReconciliation.Reconcile(inputs);
        var preferred = reconciled.Preferred;
        Period? period = key.Period is null ? null : Period.Parse(key.Period);
        var observation = new Observation(
            key.Period, period?.Start, period?.End, key.Reporter, key.Partner, key.Subject,
            preferred.Value, preferred.Qualifier, reconciled.Agreement, reconciled.LowerBound, reconciled.UpperBound, preferred.ClaimId,
            // The strongest knowledge among the claims (stated < resolved < not_given in declaration order).
            claims.Select(c => c.Period.Known).Min(),
            claims.OrderByDescending(c => c.PublishedOn).ThenBy(c => c.SourceId, StringComparer.Ordinal).ToList(),
            unit, ValueDisplay.Format(preferred.Value, preferred.Qualifier, unit), claims.Select(c => c.SourceId).Distinct().Count(),
            Derived: false, Formula: null, DerivedFrom: null, IndependentOrigins.Count(claims));
        return new ReportedObservation(key, period, preferred, observation);
    }

    private static List<Dated> Chronological(IEnumerable<Dated> observations) =>
        observations
            // An observation with no period given has no place in time: after every dated one.
            .OrderBy(o => o.Period is null)
            .ThenBy(o => o.Period)
            .ThenBy(o => o.Observation.Reporter, StringComparer.Ordinal)
            .ThenBy(o => o.Observation.Partner, StringComparer.Ordinal)
            .ThenBy(o => o.Observation.Subject, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Overlap: an observation counts when its span touches [from's first day, to's last day]. One with no period
    /// is certainly in no window, so it is kept only when neither from nor to is given, or when the request asks
    /// for what may fall in the window (<see cref="DateMatch.Possible"/>), which it may, wherever the window is.
    /// </summary>
    private static List<Dated> InRange(List<Dated> observations, Period? from, Period? to, DateMatch match)
    {
        if (from is null && to is null) return observations;
        var first = from?.Start ?? DateOnly.MinValue;
        var last = to?.End ?? DateOnly.MaxValue;
        return observations.Where(o => o.Period is { } p ? p.Overlaps(first, last) : match == DateMatch.Possible).ToList();
    }

    /// <summary>
    /// The observations of the N periods that end last (of two ending together, the shorter is the more
    /// recent), kept in chronological order. N counts periods, not observations: a period can have one
    /// observation per direction.
    /// </summary>
    private static List<Dated> Latest(List<Dated> observations, int? latest)
    {
        if (latest is not { } n) return observations;
        // An observation with no period is never among the latest: nothing says when it was.
        var recent = observations
            .Where(o => o.Period is not null)
            .Select(o => o.Period!.Value)
            .Distinct()
            .OrderByDescending(p => p.End)
            .ThenByDescending(p => p.Start)
            .Take(n)
            .Select(p => p.Text)
            .ToHashSet(StringComparer.Ordinal);
        return observations.Where(o => o.Period is { } p && recent.Contains(p.Text)).ToList();
    }
}

/// <summary>A reported observation with what derivation reads from it: its period and the claim reconciliation preferred.</summary>
internal sealed record ReportedObservation(ObservationKey Key, Period? Period, ClaimInput Preferred, Observation Observation)
{
    public (string? Reporter, string? Partner, string? Subject) Direction => (Key.Reporter, Key.Partner, Key.Subject);
}
