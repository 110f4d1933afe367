using AzChina.Domain.Time;

namespace AzChina.Domain.Tests.Time;

/// <summary>Dates written as text in tests: an interval of two dates reads as a range, one with an open end as bounds; <c>range:</c> before one with an open end reads it as a range.</summary>
internal static class TestDates
{
    public static PartialDate Partial(string text) => PartialDate.TryParse(text, out var date) ? date : throw new FormatException(text);

    public static PartialDate? PartialOrNone(string? text) => text is null ? null : Partial(text);

    public static UncertainDate Uncertain(string edtf)
    {
        const string range = "range:";
        var interval = edtf.StartsWith(range, StringComparison.Ordinal) || !edtf.Contains("..") ? DateKind.Range : DateKind.Bounded;
        return Edtf.TryParse(edtf.Replace(range, ""), interval, out var date, out var error) ? date : throw new FormatException(error);
    }
}
