using AzChina.Domain.Metrics;

namespace AzChina.Domain.Tests.Metrics;

public class StatedPrecisionTests
{
    [Theory]
    [InlineData("20.7 percent", 0.1)]
    [InlineData("20%", 1)]
    [InlineData("$3.7 billion", 1e8)]
    [InlineData("942 million", 1e6)]
    [InlineData("17.69 percent", 0.01)]
    [InlineData("21,000 kilometres", 1)]
    [InlineData("130,000", 1)]
    [InlineData("fourth", 1)]
    [InlineData(null, 1)]
    public void IsTheUnitOfTheLastWrittenDigit(string? stated, double unit)
    {
        Assert.Equal(unit, StatedPrecision.Of(stated), 9);
    }
}
