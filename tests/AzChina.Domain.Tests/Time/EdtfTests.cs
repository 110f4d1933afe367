using AzChina.Domain.Time;

namespace AzChina.Domain.Tests.Time;

public class EdtfTests
{
    [Theory]
    [InlineData("2025", null, DateKind.Single)]
    [InlineData("2025-04", null, DateKind.Single)]
    [InlineData("2025-04-22", null, DateKind.Single)]
    [InlineData("2024-02-29", null, DateKind.Single)]
    [InlineData("2025-04-22/2025-04-26", DateKind.Range, DateKind.Range)]
    [InlineData("2024/2025-04", DateKind.Range, DateKind.Range)]
    [InlineData("2024/2025-04", DateKind.Bounded, DateKind.Bounded)]
    [InlineData("2024-02-28/2024-02-29", DateKind.Range, DateKind.Range)]
    [InlineData("../2026-01-10", DateKind.Bounded, DateKind.Bounded)]
    [InlineData("2025-04-01/..", DateKind.Bounded, DateKind.Bounded)]
    [InlineData("2025-04-22/..", DateKind.Range, DateKind.Range)]
    [InlineData("../2025-04-21", DateKind.Range, DateKind.Range)]
    [InlineData("0001/9999-12-31", DateKind.Range, DateKind.Range)]
    [InlineData("/", null, DateKind.Unknown)]
    public void RoundTripsEveryFormItReads(string text, DateKind? interval, DateKind kind)
    {
        Assert.True(Edtf.TryParse(text, interval, out var date, out var error), error);

        Assert.Equal(kind, date.Kind);
        Assert.Equal(text, Edtf.Format(date));
        Assert.True(Edtf.TryParse(Edtf.Format(date), date.Kind is DateKind.Range or DateKind.Bounded ? date.Kind : null, out var again, out _));
        Assert.Equal(date, again);
    }

    [Fact]
    public void ReadsTheEndsOfAnIntervalWithTheirOwnPrecisions()
    {
        Assert.True(Edtf.TryParse("2024/2025-04-22", DateKind.Range, out var date, out _));

        Assert.Equal(new DateOnly(2024, 1, 1), date.EarliestDay);
        Assert.Equal(new DateOnly(2025, 4, 22), date.LatestDay);
        Assert.Equal("2024", date.Start.ToString());
        Assert.Equal("2025-04-22", date.End.ToString());
    }

    [Fact]
    public void OpenEndsReachTheFirstAndLastDayThereAre()
    {
        Assert.True(Edtf.TryParse("../2026-01-10", DateKind.Bounded, out var onOrBefore, out _));
        Assert.True(Edtf.TryParse("2025-04-01/..", DateKind.Bounded, out var onOrAfter, out _));

        Assert.Equal((DateOnly.MinValue, new DateOnly(2026, 1, 10)), (onOrBefore.EarliestDay, onOrBefore.LatestDay));
        Assert.Equal((new DateOnly(2025, 4, 1), DateOnly.MaxValue), (onOrAfter.EarliestDay, onOrAfter.LatestDay));
        Assert.Null(onOrBefore.Start);
        Assert.Null(onOrAfter.End);
    }

    [Theory]
    [InlineData("", "required")]
    [InlineData(null, "required")]
    [InlineData("2025-02-29", "not an EDTF date")]
    [InlineData("2025-04-22?", "not an EDTF date")]
    [InlineData("2025-04~", "not an EDTF date")]
    [InlineData("20XX", "not an EDTF date")]
    [InlineData("0000", "not an EDTF date")]
    [InlineData("2025/2026/2027", "more than one '/'")]
    [InlineData("2025-04-22/", "leaves one end empty")]
    [InlineData("/2025-04-22", "leaves one end empty")]
    [InlineData("../..", "gives no end")]
    [InlineData("2025-04-26/2025-04-22", "ends (2025-04-22) before it starts (2025-04-26)")]
    [InlineData("2025-04/2025-03-31", "ends (2025-03-31) before it starts (2025-04)")]
    [InlineData("2025-04-22/2025-04-22", "is the single date 2025-04-22")]
    [InlineData("2025-04-22/2025-13", "'2025-13' is not an EDTF date")]
    [InlineData("2025-04-22/2025-04-26 ", "not an EDTF date")]
    public void RefusesWhatItDoesNotReadWithAReason(string? text, string reason)
    {
        Assert.False(Edtf.TryParse(text, DateKind.Range, out var date, out var error));

        Assert.Contains(reason, error);
        Assert.Equal(UncertainDate.Unknown, date);
    }

    [Theory]
    [InlineData("2025-04-22/2025-04-26", null)]
    [InlineData("../2026-01-10", null)]
    [InlineData("2025-04-01/..", DateKind.Single)]
    [InlineData("2025-04-01/..", DateKind.Unknown)]
    public void AnIntervalMustSayWhetherItIsARangeOrBounds(string text, DateKind? interval)
    {
        Assert.False(Edtf.TryParse(text, interval, out _, out var error));
        Assert.Contains("say whether it is a range", error);
    }

    [Fact]
    public void ASingleDateOrUnknownNeedsNoReading()
    {
        Assert.True(Edtf.TryParse("2025-04", DateKind.Bounded, out var month, out _));
        Assert.True(Edtf.TryParse("/", DateKind.Range, out var unknown, out _));
        Assert.Equal((DateKind.Single, DateKind.Unknown), (month.Kind, unknown.Kind));
    }

    [Fact]
    public void BoundsOutOfOrderAreRefused()
    {
        Assert.False(Edtf.TryParse("2026/2025", DateKind.Bounded, out _, out var error));
        Assert.Contains("latest bound (2025) is before the earliest (2026)", error);
    }
}
