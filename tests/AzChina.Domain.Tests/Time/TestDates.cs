using AzChina.Domain.Time;

namespace AzChina.Domain.Tests.Time;

/// <summary>Dates written as text in tests: an interval of two dates reads as a range, one with an open end as bounds.</summary>
internal static class TestDates
{
    public static PartialDate Partial(string text) => PartialDate.TryParse(text, out var date) ? date : throw new FormatException(text);

    public static PartialDate? PartialOrNone(string? text) => text is null ? null : Partial(text);

    public static UncertainDate Uncertain(string edtf) =>
        Edtf.TryParse(edtf, edtf.Contains("..") ? null : DateKind.Range, out var date, out var error) ? date : throw new FormatException(error);
}
