using AzChina.Domain;

namespace AzChina.Domain.Tests;

public class IdentifiersTests
{
    [Theory]
    [InlineData("ilham-aliyev", true)]
    [InlineData("commission-10th-meeting-2025-04-16", true)]
    [InlineData("Ilham-aliyev", false)]
    [InlineData("ilham--aliyev", false)]
    [InlineData("-ilham", false)]
    [InlineData("ilham_aliyev", false)]
    [InlineData("", false)]
    public void ASlugIsLowerCaseRunsJoinedBySingleHyphens(string value, bool expected) =>
        Assert.Equal(expected, Identifiers.IsSlug(value));

    [Fact]
    public void ARecordIdIsASlugNoLongerThanTheSeedsAllow()
    {
        Assert.True(Identifiers.IsRecordId(new string('a', Identifiers.MaxRecordIdLength)));
        Assert.False(Identifiers.IsRecordId(new string('a', Identifiers.MaxRecordIdLength + 1)));
    }

    [Theory]
    [InlineData("AZ", true)]
    [InlineData("az", false)]
    [InlineData("AZE", false)]
    [InlineData("Ä1", false)]
    public void ACountryCodeIsTwoCapitals(string value, bool expected) => Assert.Equal(expected, Identifiers.IsCountryCode(value));
}
