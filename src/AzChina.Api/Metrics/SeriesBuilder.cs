using AzChina.Domain.Metrics;
using AzChina.Domain.Time;
using AzChina.Domain.Vocabularies;

namespace AzChina.Api.Metrics;

/// <summary>Groups a metric's claims into observations (one per period and direction) and reconciles each.</summary>
internal static class SeriesBuilder
{
    public static MetricSeries Build(MetricRow metric, IReadOnlyList<ClaimRow> claims)
    {
        var observations = claims
            .GroupBy(c => (c.Period, c.Reporter, c.Partner, c.Subject))
            .Select(g => ToObservation(g.Key.Period, g.Key.Reporter, g.Key.Partner, g.Key.Subject, g.ToList()))
            .OrderBy(o => Period.Parse(o.Period))
            .ThenBy(o => o.Reporter, StringComparer.Ordinal)
            .ThenBy(o => o.Partner, StringComparer.Ordinal)
            .ThenBy(o => o.Subject, StringComparer.Ordinal)
            .ToList();
        return new MetricSeries(metric.Name, metric.Label, Columns.Vocab<Unit>(metric.Unit), metric.Description, observations);
    }

    private static Observation ToObservation(string period, string? reporter, string? partner, string? subject, IReadOnlyList<ClaimRow> rows)
    {
        var claims = rows.Select(r => r.ToClaim()).ToList();
        var reconciled = ClaimReconciliation.Reconcile(
            claims.Select(c => new ClaimInput(c.Id, c.Value, c.Qualifier, c.Stated, c.PublishedOn, c.SourceId)).ToList());
        var preferred = reconciled.Preferred;
        var span = Period.Parse(period);
        return new Observation(
            period, span.Start, span.End, reporter, partner, subject, preferred.Value, preferred.Qualifier, reconciled.Agreement,
            reconciled.LowerBound, reconciled.UpperBound, preferred.ClaimId, claims.Any(c => c.PeriodInferred),
            claims.OrderByDescending(c => c.PublishedOn).ThenBy(c => c.SourceId, StringComparer.Ordinal).ToList());
    }
}
