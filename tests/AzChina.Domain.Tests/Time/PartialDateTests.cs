using AzChina.Domain.Time;
using AzChina.Domain.Vocabularies;

namespace AzChina.Domain.Tests.Time;

public class PartialDateTests
{
    [Theory]
    [InlineData("2025-04-23", "2025-04-23", "2025-04-23", DatePrecision.Day)]
    [InlineData("2024-07", "2024-07-01", "2024-07-31", DatePrecision.Month)]
    [InlineData("2024-02", "2024-02-01", "2024-02-29", DatePrecision.Month)]
    [InlineData("1992", "1992-01-01", "1992-12-31", DatePrecision.Year)]
    public void ParsesEachPrecisionIntoItsSpan(string text, string start, string end, DatePrecision precision)
    {
        Assert.True(PartialDate.TryParse(text, out var date));

        Assert.Equal(DateOnly.Parse(start), date.Start);
        Assert.Equal(DateOnly.Parse(end), date.End);
        Assert.Equal(precision, date.Precision);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("9999", "9999-01-01")]
    [InlineData("9999-12", "9999-12-01")]
    [InlineData("9999-12-31", "9999-12-31")]
    public void TheLastYearEndsOnTheLastDayThereIs(string text, string start)
    {
        Assert.True(PartialDate.TryParse(text, out var date));

        Assert.Equal(DateOnly.Parse(start), date.Start);
        Assert.Equal(DateOnly.MaxValue, date.End);
    }

    [Theory]
    [InlineData("0001", "0001-12-31")]
    [InlineData("0001-01", "0001-01-31")]
    [InlineData("0001-01-01", "0001-01-01")]
    public void TheFirstYearStartsOnTheFirstDayThereIs(string text, string end)
    {
        Assert.True(PartialDate.TryParse(text, out var date));

        Assert.Equal(DateOnly.MinValue, date.Start);
        Assert.Equal(DateOnly.Parse(end), date.End);
    }

    [Theory]
    [InlineData("0000")]
    [InlineData("0000-12-31")]
    [InlineData("10000")]
    [InlineData("2025-02-30")]
    [InlineData("2025-13")]
    [InlineData("2025-00-10")]
    [InlineData("25-04-01")]
    [InlineData("2025/04/01")]
    [InlineData("2025-4-1")]
    [InlineData("")]
    [InlineData(null)]
    public void RejectsWhatIsNotADate(string? text)
    {
        Assert.False(PartialDate.TryParse(text, out _));
    }
}
