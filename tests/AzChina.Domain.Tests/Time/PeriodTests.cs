using AzChina.Domain.Time;

namespace AzChina.Domain.Tests.Time;

public class PeriodTests
{
    [Theory]
    [InlineData("2024", PeriodKind.Year, "2024-01-01", "2024-12-31")]
    [InlineData("2025-Q1", PeriodKind.Quarter, "2025-01-01", "2025-03-31")]
    [InlineData("2025-Q4", PeriodKind.Quarter, "2025-10-01", "2025-12-31")]
    [InlineData("2025-03", PeriodKind.Month, "2025-03-01", "2025-03-31")]
    [InlineData("2025-04-16", PeriodKind.Day, "2025-04-16", "2025-04-16")]
    public void ParsesEveryPeriodForm(string text, PeriodKind kind, string start, string end)
    {
        var period = Period.Parse(text);

        Assert.Equal(kind, period.Kind);
        Assert.Equal(DateOnly.Parse(start), period.Start);
        Assert.Equal(DateOnly.Parse(end), period.End);
    }

    [Theory]
    [InlineData("9999", PeriodKind.Year, "9999-01-01")]
    [InlineData("9999-Q4", PeriodKind.Quarter, "9999-10-01")]
    [InlineData("9999-12", PeriodKind.Month, "9999-12-01")]
    [InlineData("9999-12-31", PeriodKind.Day, "9999-12-31")]
    public void PeriodsOfTheLastYearEndOnTheLastDayThereIs(string text, PeriodKind kind, string start)
    {
        var period = Period.Parse(text);

        Assert.Equal(kind, period.Kind);
        Assert.Equal(DateOnly.Parse(start), period.Start);
        Assert.Equal(DateOnly.MaxValue, period.End);
        Assert.True(period.TryYearEarlier(out var earlier) || kind == PeriodKind.Day);
    }

    [Theory]
    [InlineData("0001", "0001-12-31")]
    [InlineData("0001-Q1", "0001-03-31")]
    [InlineData("0001-01", "0001-01-31")]
    public void PeriodsOfTheFirstYearStartOnTheFirstDayAndHaveNoYearEarlier(string text, string end)
    {
        var period = Period.Parse(text);

        Assert.Equal(DateOnly.MinValue, period.Start);
        Assert.Equal(DateOnly.Parse(end), period.End);
        Assert.False(period.TryYearEarlier(out _));
    }

    [Theory]
    [InlineData("0000-Q1")]
    [InlineData("2025-Q5")]
    [InlineData("2025-Q0")]
    [InlineData("2025Q1")]
    [InlineData("2025-02-30")]
    [InlineData("Q1-2025")]
    public void RejectsMalformedPeriods(string text)
    {
        Assert.False(Period.TryParse(text, out _));
    }

    [Fact]
    public void SortsChronologicallyWithTheYearBeforeItsQuartersAndMonths()
    {
        var periods = new[] { "2025-Q2", "2025-04-16", "2025-01", "2024", "2025-Q1", "2025" }.Select(Period.Parse).Order();

        Assert.Equal(["2024", "2025", "2025-Q1", "2025-01", "2025-Q2", "2025-04-16"], periods.Select(p => p.Text));
    }

    [Fact]
    public void OverlapsARangeThatTouchesIt()
    {
        var q1 = Period.Parse("2025-Q1");

        Assert.True(q1.Overlaps(new DateOnly(2025, 3, 31), new DateOnly(2025, 12, 31)));
        Assert.False(q1.Overlaps(new DateOnly(2025, 4, 1), new DateOnly(2025, 12, 31)));
    }

    [Theory]
    [InlineData("2024", "2023")]
    [InlineData("2025-Q1", "2024-Q1")]
    [InlineData("2025-03", "2024-03")]
    public void TheSamePeriodAYearEarlierIsWhatGrowthComparesAgainst(string text, string expected)
    {
        Assert.True(Period.Parse(text).TryYearEarlier(out var earlier));
        Assert.Equal(expected, earlier.Text);
    }

    [Fact]
    public void ADayHasNoYearEarlierCounterpart()
    {
        Assert.False(Period.Parse("2025-04-16").TryYearEarlier(out _));
    }
}
