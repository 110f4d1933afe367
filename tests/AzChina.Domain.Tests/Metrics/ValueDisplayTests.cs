using AzChina.Domain.Metrics;
using AzChina.Domain.Vocabularies;

namespace AzChina.Domain.Tests.Metrics;

public class ValueDisplayTests
{
    [Theory]
    [InlineData(3.7e9, Qualifier.Approximately, Unit.Usd, "about $3.7 billion")]
    [InlineData(3.7e9, Qualifier.Exact, Unit.Usd, "$3.7 billion")]
    [InlineData(1e9, Qualifier.Over, Unit.Usd, "over $1 billion")]
    [InlineData(942e6, Qualifier.Nearly, Unit.Usd, "nearly $942 million")]
    [InlineData(40, Qualifier.Nearly, Unit.Percent, "nearly 40%")]
    [InlineData(20.7, Qualifier.Exact, Unit.Percent, "20.7%")]
    [InlineData(17.69, Qualifier.Exact, Unit.Percent, "17.69%")]
    [InlineData(4, Qualifier.Exact, Unit.Rank, "4th")]
    [InlineData(1, Qualifier.Exact, Unit.Rank, "1st")]
    [InlineData(2, Qualifier.Exact, Unit.Rank, "2nd")]
    [InlineData(3, Qualifier.Exact, Unit.Rank, "3rd")]
    [InlineData(12, Qualifier.Exact, Unit.Rank, "12th")]
    [InlineData(22, Qualifier.Exact, Unit.Rank, "22nd")]
    [InlineData(375, Qualifier.Exact, Unit.Count, "375")]
    [InlineData(130000, Qualifier.Exact, Unit.Count, "130,000")]
    [InlineData(200, Qualifier.Over, Unit.Count, "over 200")]
    [InlineData(21000, Qualifier.Exact, Unit.Km, "21,000 km")]
    [InlineData(1500, Qualifier.Over, Unit.Km, "over 1,500 km")]
    [InlineData(45, Qualifier.UpTo, Unit.Count, "up to 45")]
    [InlineData(5, Qualifier.AtLeast, Unit.Count, "at least 5")]
    public void SaysTheFigureAsAPersonWould(double value, Qualifier qualifier, Unit unit, string expected)
    {
        Assert.Equal(expected, ValueDisplay.Format(value, qualifier, unit));
    }

    [Fact]
    public void ADerivedValueIsAboutTwoSignificantFigures()
    {
        Assert.Equal("about $3.1 billion", ValueDisplay.FormatDerived(3.7e9 / 1.207, Unit.Usd, 2.98e9, 3.15e9));
    }

    [Fact]
    public void ADerivedValueOpenAboveSaysOrMore()
    {
        Assert.Equal("about 8.1% or more", ValueDisplay.FormatDerived(100 * (4e9 / 3.7e9 - 1), Unit.Percent, 5.26, null));
        Assert.Equal("about $730 million or more", ValueDisplay.FormatDerived(1e9 / 1.37, Unit.Usd, 724.6e6, null));
    }

    [Fact]
    public void ADerivedValueOpenBelowSaysOrLess()
    {
        Assert.Equal("about 12% or less", ValueDisplay.FormatDerived(12.34, Unit.Percent, null, 14));
    }

    [Fact]
    public void NegativeDollarsKeepTheirSign()
    {
        Assert.Equal("-$2.5 million", ValueDisplay.Format(-2.5e6, Qualifier.Exact, Unit.Usd));
    }
}
