using AzChina.Domain.Time;
using static AzChina.Domain.Tests.Time.TestDates;

namespace AzChina.Domain.Tests.Time;

public class UncertainDateTests
{
    [Fact]
    public void ASingleDateSpansItsPrecision()
    {
        var date = UncertainDate.Single(Partial("2024-02"));

        Assert.Equal((new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 29)), (date.EarliestDay, date.LatestDay));
        Assert.Equal(date.Start, date.End);
    }

    [Fact]
    public void TheLastYearEndsOnTheLastDayThereIs()
    {
        var date = UncertainDate.Range(Partial("9998"), Partial("9999-12"));

        Assert.Equal(DateOnly.MaxValue, date.LatestDay);
        Assert.Equal(DateOnly.MinValue, UncertainDate.Range(Partial("0001"), Partial("0002")).EarliestDay);
    }

    [Fact]
    public void AnUnknownDateCouldBeAnyDay()
    {
        Assert.Equal((DateOnly.MinValue, DateOnly.MaxValue), (UncertainDate.Unknown.EarliestDay, UncertainDate.Unknown.LatestDay));
        Assert.Equal("/", UncertainDate.Unknown.ToString());
    }

    [Fact]
    public void ARangeMayEndInsideTheSpanItStartsIn()
    {
        // Started some time in 2025, ended in April: possible, and not "ending before it starts".
        Assert.Equal("2025/2025-04", UncertainDate.Range(Partial("2025"), Partial("2025-04")).ToString());
    }

    [Fact]
    public void InvalidRangesAndBoundsAreRefusedWithTheirReason()
    {
        Assert.Contains("ends (2025-03) before it starts (2025-04-01)", Assert.Throws<ArgumentException>(() => UncertainDate.Range(Partial("2025-04-01"), Partial("2025-03"))).Message);
        Assert.Contains("single date 2025", Assert.Throws<ArgumentException>(() => UncertainDate.Bounded(Partial("2025"), Partial("2025"))).Message);
        Assert.Contains("at least one end", Assert.Throws<ArgumentException>(() => UncertainDate.Bounded(null, null)).Message);
        Assert.Contains("at least one end", Assert.Throws<ArgumentException>(() => UncertainDate.Range(null, null)).Message);
    }
}
