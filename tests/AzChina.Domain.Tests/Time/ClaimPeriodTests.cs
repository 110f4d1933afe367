using AzChina.Domain.Time;
using static AzChina.Domain.Tests.Time.TestDates;

namespace AzChina.Domain.Tests.Time;

public class ClaimPeriodTests
{
    [Theory]
    [InlineData(DateKnowledge.Stated, true)]
    [InlineData(DateKnowledge.Resolved, true)]
    [InlineData(DateKnowledge.NotGiven, false)]
    public void OnlyStatedOrResolvedPeriodsFeedDerivedValues(DateKnowledge known, bool feeds)
    {
        Assert.Equal(feeds, ClaimPeriod.MayFeedDerivedValue(known));
    }

    [Fact]
    public void AFigureWithNoPeriodHasNoneAndFeedsNothing()
    {
        // "exceeding $4 billion", no year given (review C5): no period, so no derived 2025 growth.
        Assert.Null(ClaimPeriod.NotGiven.Period);
        Assert.False(ClaimPeriod.NotGiven.MayFeedDerivedValue());
    }

    [Fact]
    public void StatedAndResolvedPeriodsFeedDerivedValuesAndKeepTheirReasoning()
    {
        var stated = ClaimPeriod.Stated(Period.Parse("2025-Q1"));
        var resolved = ClaimPeriod.Resolved(Period.Parse("2024"), "\"last year\" in a report of 2025-04-16");

        Assert.True(stated.MayFeedDerivedValue());
        Assert.Null(stated.Basis);
        Assert.True(resolved.MayFeedDerivedValue());
        Assert.Equal(DateKnowledge.Resolved, resolved.Known);
        Assert.Contains("last year", resolved.Basis);
        Assert.Throws<ArgumentException>(() => ClaimPeriod.Resolved(Period.Parse("2024"), " "));
    }

    [Fact]
    public void OverThePastTwentyYearsIsAResolvedSpanAtYearPrecision()
    {
        var span = CumulativeSpan.OverPastYears(20, Partial("2025-04-21"), "\"over the past 20 years\" in an interview of 2025-04-21");

        Assert.Equal("2005/2025-04-21", span.Edtf);
        Assert.Equal(DateKnowledge.Resolved, span.Known);
        Assert.False(span.IsAllTime);
        Assert.True(span.MayFeedDerivedValue());
    }

    [Fact]
    public void ACountWithNoStartIsAllTimeAndOpen()
    {
        var span = CumulativeSpan.AllTime(Partial("2025-04-21"), "no span stated; counted to the interview");

        Assert.Equal("../2025-04-21", span.Edtf);
        Assert.True(span.IsAllTime);
        Assert.Equal(DateKnowledge.NotGiven, span.Known);
        Assert.False(span.MayFeedDerivedValue());
        Assert.Throws<ArgumentException>(() => CumulativeSpan.AllTime(Partial("2025-04-21"), ""));
    }

    [Fact]
    public void AStatedSpanKeepsItsEndsAndRefusesThemOutOfOrder()
    {
        Assert.Equal("2015/2024", CumulativeSpan.Stated(Partial("2015"), Partial("2024")).Edtf);
        Assert.Contains("ends (2014) before it starts (2015)", Assert.Throws<ArgumentException>(() => CumulativeSpan.Stated(Partial("2015"), Partial("2014"))).Message);
    }

    [Theory]
    [InlineData(0, "2025")]
    [InlineData(-3, "2025")]
    [InlineData(2025, "2025")]
    public void PastYearsMustBeAtLeastOneAndStayAfterYearOne(int years, string asOf)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CumulativeSpan.OverPastYears(years, Partial(asOf), "reason"));
    }

    [Fact]
    public void TheEarliestSpanOfPastYearsStartsInYearOne()
    {
        Assert.Equal("0001/2025", CumulativeSpan.OverPastYears(2024, Partial("2025"), "reason").Edtf);
    }
}
