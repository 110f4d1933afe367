using AzChina.Domain.Vocabularies;
// An observation with its parsed period, which ordering, the overlap filter and latest read.
using AzChina.Domain.Time;
using Dated = (AzChina.Domain.Time.Period? Period, AzChina.Domain.Metrics.Observation Observation);

namespace AzChina.Domain.Metrics;

/// <summary>
/// Turns <see cref="Derivation"/>'s values into observations of the requested metric: flagged derived,
/// with the formula and the claims used, no claims of their own and no agreement, so they are never
/// mistaken for a reported figure.
/// </summary>
internal static class DerivedObservations
{
    /// <param name="metric">The requested metric's name: a level (X) or its growth (X_growth).</param>
    /// <param name="reported">The requested metric's reported observations.</param>
    /// <param name="paired">The paired metric's reported observations.</param>
    public static IEnumerable<Dated> For(
        string metric, Unit unit, IReadOnlyList<ReportedObservation> reported, IReadOnlyList<ReportedObservation> paired)
    {
        var (levelName, growthName) = Derivation.PairOf(metric);
        var isLevel = metric == levelName;
        // Only periods the documents give, stated or resolved, feed a derived value (review C5): a figure with no
        // period ("exceeding $4 billion") is no level of any year.
        var (levels, growths) = isLevel ? (Derivable(reported), Derivable(paired)) : (Derivable(paired), Derivable(reported));
        // A growth "in 2024" is over the year, so against 2023; a growth for part of a year ("rising by 37 percent" in the
        // first quarter) names no base, which could be the quarter before or the same quarter a year earlier, so no
        // earlier level may be worked out from it.
        growths = growths.Where(o => o.Period!.Value.Kind == PeriodKind.Year).ToList();

        // Derivation never crosses directions: AZ→CN investment says nothing about CN→AZ.
        foreach (var direction in levels.Concat(growths).Select(o => o.Direction).Distinct())
        {
            var levelValues = levels.Where(o => o.Direction == direction).Select(Known).ToList();
            var growthValues = growths.Where(o => o.Direction == direction).Select(Known).ToList();
            var values = isLevel
                ? Derivation.EarlierLevels(levelName, growthName, levelValues, growthValues)
                : Derivation.Growths(levelName, growthName, levelValues, growthValues);
            var inputs = levels.Concat(growths).Where(o => o.Direction == direction).ToList();
            foreach (var value in values) yield return new Dated(value.Period, ToObservation(value, direction, unit, inputs));
        }
    }

    private static List<ReportedObservation> Derivable(IReadOnlyList<ReportedObservation> observations) =>
        observations.Where(o => o.Period is not null && ClaimPeriod.MayFeedDerivedValue(o.Observation.PeriodKnown)).ToList();

    private static KnownValue Known(ReportedObservation o) =>
        new(o.Period!.Value, o.Preferred.Value, ClaimReconciliation.RangeOf(o.Preferred), o.Preferred.ClaimId);

    private static Observation ToObservation(
        DerivedValue v, (string? Reporter, string? Partner, string? Subject) direction, Unit unit, IReadOnlyList<ReportedObservation> inputs)
    {
        // The weakest knowledge among the inputs: a derived value is only as well placed in time as they are.
        var known = inputs.Where(o => v.DerivedFrom.Contains(o.Preferred.ClaimId)).Select(o => o.Observation.PeriodKnown).Max();
        return new Observation(
            v.Period.Text, v.Period.Start, v.Period.End, direction.Reporter, direction.Partner, direction.Subject,
            v.Value, Qualifier.Approximately, Agreement: null, v.LowerBound, v.UpperBound, PreferredClaimId: null, known, Claims: [],
            unit, ValueDisplay.FormatDerived(v.Value, unit, v.LowerBound, v.UpperBound), SourceCount: 0,
            Derived: true, v.Formula, v.DerivedFrom);
    }
}
