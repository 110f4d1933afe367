using AzChina.Domain.Time;
using static AzChina.Domain.Tests.Time.TestDates;

namespace AzChina.Domain.Tests.Time;

public class DateWindowTests
{
    private static DateWindow Window(string? from, string? to) => DateWindow.Create(PartialOrNone(from), PartialOrNone(to));

    private static void AssertMatches(string? from, string? to, string edtf, bool certain, bool possible)
    {
        var (window, date) = (Window(from, to), Uncertain(edtf));

        Assert.Equal(certain, window.Contains(date, DateMatch.Certain));
        Assert.Equal(possible, window.Contains(date, DateMatch.Possible));
    }

    // The case: undated January items must not come back from from=2026-01&to=2026-01 as if dated.
    [Theory]
    [InlineData("2026-01", "2026-01", "../2026-01-10", false, true)]
    [InlineData("2026-01", "2026-01", "/", false, true)]
    [InlineData("2026-01", "2026-01", "2026-01", true, true)]
    [InlineData("2026-01-01", "2026-01-15", "2026-01", false, true)]
    [InlineData("2026-02", null, "../2026-01-10", false, false)]
    [InlineData("2026-01-10", null, "../2026-01-10", false, true)]
    [InlineData(null, "2026-01-10", "../2026-01-10", true, true)]
    [InlineData(null, "2026-01-09", "../2026-01-10", false, true)]
    [InlineData("2025-04-01", null, "2025-04-01/..", true, true)]
    [InlineData(null, "2025-03-31", "2025-04-01/..", false, false)]
    public void KeepsWhatCertainlyFallsInTheWindowAndOffersWhatMay(string? from, string? to, string edtf, bool certain, bool possible)
        => AssertMatches(from, to, edtf, certain, possible);

    // A visit certainly took place on each day it lasted, so a window meeting those days certainly holds it (review C8).
    [Theory]
    [InlineData("2025-04-23", "2025-04-23", true)]
    [InlineData("2025-04-26", "2025-05", true)]
    [InlineData("2025-04-27", null, false)]
    [InlineData(null, "2025-04-21", false)]
    public void ARangeIsCertainlyInEveryWindowThatMeetsItsDays(string? from, string? to, bool certain)
        => AssertMatches(from, to, "2025-04-22/2025-04-26", certain, possible: certain);

    // Began on 22 April 2025 with no end given (the state visit): certain only on its first day.
    [Theory]
    [InlineData("2025-04-22", "2025-04-22", true, true)]
    [InlineData("2025-04-23", "2025-04-23", false, true)]
    [InlineData("2030", null, false, true)]
    [InlineData(null, "2025-04-21", false, false)]
    public void ARangeWithNoEndGivenIsCertainOnlyOnItsFirstDay(string? from, string? to, bool certain, bool possible)
        => AssertMatches(from, to, "range:2025-04-22/..", certain, possible);

    // Started some time in 2024, ended some time in April 2025: it certainly ran from the end of 2024 to April 2025.
    [Theory]
    [InlineData("2024-06", "2024-06", false, true)]
    [InlineData("2024-12-31", "2024-12-31", true, true)]
    [InlineData("2025-04-01", "2025-04-01", true, true)]
    [InlineData("2025-04-02", "2025-04-30", false, true)]
    [InlineData("2025-05", null, false, false)]
    public void ARangeWithImpreciseEndsIsCertainOnlyWhereEveryReadingRuns(string? from, string? to, bool certain, bool possible)
        => AssertMatches(from, to, "2024/2025-04", certain, possible);

    // Started some time in 2025, ended in April 2025: it may have been any one day of April, so only a
    // window holding all of April is certain.
    [Theory]
    [InlineData("2025-04", "2025-04", true)]
    [InlineData("2025", "2025", true)]
    [InlineData("2025-04-01", "2025-04-29", false)]
    [InlineData("2025-04-02", "2025-04-30", false)]
    [InlineData("2025-01", "2025-03", false)]
    public void ARangeThatMayBeOneDayIsCertainOnlyInAWindowHoldingAllItsDays(string from, string to, bool certain)
        => AssertMatches(from, to, "2025/2025-04", certain, possible: true);

    [Fact]
    public void AnUnknownDateIsNeverCertainlyInsideEvenTheWholeOfTime()
    {
        var everything = Window("0001-01-01", "9999-12-31");

        Assert.False(everything.CertainlyContains(UncertainDate.Unknown));
        Assert.True(everything.PossiblyContains(UncertainDate.Unknown));
        Assert.True(Window(null, null).PossiblyContains(UncertainDate.Unknown));
    }

    [Fact]
    public void TheLastYearAndTheLastDayMeetAtTheEdgeOfTime()
    {
        Assert.False(Window("9999-12-31", null).CertainlyContains(Uncertain("9999")));
        Assert.True(Window("9999", "9999").CertainlyContains(Uncertain("9999")));
        Assert.True(Window("9999-12-31", null).PossiblyContains(Uncertain("9999-12")));
        Assert.True(Window(null, "0001-01-01").PossiblyContains(Uncertain("0001")));
    }

    [Fact]
    public void ALeapDayIsInsideItsFebruary()
    {
        Assert.True(Window("2024-02", "2024-02").CertainlyContains(Uncertain("2024-02-29")));
        Assert.False(Window("2024-03", null).PossiblyContains(Uncertain("2024-02-29")));
        Assert.True(Window("2024-02-29", "2024-02-29").CertainlyContains(Uncertain("2024-02-28/2024-03-01")));
    }

    [Fact]
    public void AWindowThatEndsBeforeItStartsIsRefused()
    {
        Assert.False(DateWindow.TryCreate(Partial("2025-05"), Partial("2025-04"), out _, out var error));
        Assert.Contains("ends (2025-04) before it starts (2025-05)", error);
        Assert.True(DateWindow.TryCreate(Partial("2025-04-30"), Partial("2025-04"), out _, out _));
    }
}
