using AzChina.Domain.Time;

namespace AzChina.Domain.Seeds;

/// <summary>
/// A seed's date, period and span as domain values, built by the very rules the validator reports
/// (<see cref="TimeChecks"/>), so there is one way to read a seed's time: for the database build, which
/// reads seeds the validator has passed, and for checks that must not report a bad date a second time.
/// </summary>
public static class SeedTimes
{
    /// <summary>A date that passed validation.</summary>
    public static RecordDate Date(SeedDate? date) => Built(check => check.RecordDate("date", date));

    /// <summary>A period that passed validation.</summary>
    public static ClaimPeriod Period(SeedPeriod? period) => Built(check => check.ClaimPeriod("period", period));

    /// <summary>A span that passed validation, or null for a claim with none.</summary>
    public static CumulativeSpan? Span(SeedSpan? span, ClaimPeriod period) =>
        span is null ? null : Built(check => check.Span("span", span, period));

    /// <summary>The date, or null when it is invalid (the validator reports why).</summary>
    internal static RecordDate? TryDate(SeedDate? date) => new RecordCheck([], "", null).RecordDate("date", date);

    private static T Built<T>(Func<RecordCheck, T?> build) where T : class
    {
        var errors = new List<SeedError>();
        return build(new RecordCheck(errors, "", null))
            ?? throw new InvalidOperationException($"A seed value that passed validation does not build: {errors.FirstOrDefault()?.Problem}");
    }
}
