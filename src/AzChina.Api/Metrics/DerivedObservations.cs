using AzChina.Domain.Metrics;
using AzChina.Domain.Time;
using AzChina.Domain.Vocabularies;

namespace AzChina.Api.Metrics;

/// <summary>
/// Turns the domain's derived values into observations of the requested metric: flagged derived, with
/// the formula and the claims used, no claims of their own and no agreement, so they are never
/// mistaken for a reported figure.
/// </summary>
internal static class DerivedObservations
{
    public static IReadOnlyList<Observation> For(MetricRow metric, IReadOnlyList<Observation> reported, PairedMetric pair)
    {
        var unit = Columns.Vocab<Unit>(metric.Unit);
        var (levelName, growthName) = Derivation.PairOf(metric.Name);
        var isLevel = metric.Name == levelName;
        IReadOnlyList<Observation> other = SeriesBuilder.Reported(pair.Claims, Columns.Vocab<Unit>(pair.Metric.Unit));
        var (levels, growths) = isLevel ? (reported, other) : (other, reported);

        var derived = new List<Observation>();
        // Derivation never crosses directions: AZ→CN investment says nothing about CN→AZ.
        foreach (var direction in levels.Concat(growths).Select(Direction).Distinct())
        {
            var levelValues = levels.Where(o => Direction(o) == direction).Select(Known).ToList();
            var growthValues = growths.Where(o => Direction(o) == direction).Select(Known).ToList();
            var values = isLevel
                ? Derivation.EarlierLevels(levelName, growthName, levelValues, growthValues)
                : Derivation.Growths(levelName, growthName, levelValues, growthValues);
            var inputs = levels.Concat(growths).Where(o => Direction(o) == direction).ToList();
            derived.AddRange(values.Select(v => ToObservation(v, direction, unit, inputs)));
        }
        return derived;
    }

    private static (string? Reporter, string? Partner, string? Subject) Direction(Observation o) => (o.Reporter, o.Partner, o.Subject);

    private static KnownValue Known(Observation o)
    {
        var preferred = SeriesBuilder.PreferredInput(o);
        return new KnownValue(Period.Parse(o.Period), o.Value, ClaimReconciliation.RangeOf(preferred), preferred.ClaimId);
    }

    private static Observation ToObservation(DerivedValue v, (string? Reporter, string? Partner, string? Subject) direction, Unit unit, IReadOnlyList<Observation> inputs)
    {
        var inferred = inputs.Any(o => o.PreferredClaimId is { } id && v.DerivedFrom.Contains(id) && o.PeriodInferred);
        return new Observation(
            v.Period.Text, v.Period.Start, v.Period.End, direction.Reporter, direction.Partner, direction.Subject,
            v.Value, Qualifier.Approximately, Agreement: null, v.LowerBound, v.UpperBound, PreferredClaimId: null, inferred, Claims: [],
            unit, ValueDisplay.FormatDerived(v.Value, unit, v.LowerBound, v.UpperBound), SourceCount: 0,
            Derived: true, v.Formula, v.DerivedFrom);
    }
}
