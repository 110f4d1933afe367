using System.Net;
using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests;

/// <summary>Every query parameter is parsed in one place, so every bad value is told in one style.</summary>
public class ParameterMessageTests(AzChinaApiFactory factory) : IClassFixture<AzChinaApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/events?limit=abc", "limit", "must be a whole number from 1 to 500; got 'abc'")]
    [InlineData("/events?limit=501", "limit", "must be a whole number from 1 to 500; got '501'")]
    [InlineData("/metrics/trade_turnover?latest=abc", "latest", "must be a whole number from 1 to 100; got 'abc'")]
    [InlineData("/actors?includeTotal=yes", "includeTotal", "must be true or false; got 'yes'")]
    [InlineData("/metrics/trade_turnover?asOf=2025-4-1", "asOf", "must be a date as YYYY-MM-DD; got '2025-4-1'")]
    [InlineData("/metrics/trade_turnover?reporter=az", "reporter", "must be an ISO 3166-1 alpha-2 code in capitals, e.g. AZ or CN; got 'az'")]
    [InlineData("/events?country=az", "country", "must be an ISO 3166-1 alpha-2 code in capitals, e.g. AZ or CN; got 'az'")]
    [InlineData("/metrics/trade_turnover?subject=Hubei", "subject", "must be a record id (lower-case letters, digits and hyphens, at most 100 characters); got 'Hubei'")]
    [InlineData("/events?actor=Hubei", "actor", "must be a record id (lower-case letters, digits and hyphens, at most 100 characters); got 'Hubei'")]
    public async Task ABadValueIsToldInTheSameWordsWhereverItIsGiven(string url, string parameter, string message)
    {
        var problem = await _client.GetProblem(url, HttpStatusCode.BadRequest);

        Assert.Equal(message, problem.GetProperty("errors").GetProperty(parameter)[0].GetString());
        Assert.Equal($"Query parameter '{parameter}' {message}.", problem.Str("detail"));
    }

    [Theory]
    [InlineData("/metrics/trade_turnover?asOf=")]
    [InlineData("/metrics/trade_turnover?from=")]
    [InlineData("/events?from=")]
    [InlineData("/events?limit=")]
    public async Task ALongBadValueIsEchoedShortened(string prefix)
    {
        var problem = await _client.GetProblem(prefix + new string('9', 300), HttpStatusCode.BadRequest);

        var echoed = problem.Str("detail").Split('\'')[^2];
        Assert.Equal(new string('9', 60) + "…", echoed);
    }

    // The seeds cannot hold an id over 100 characters, so the API refuses one rather than looking it up.
    [Theory]
    [InlineData(100, HttpStatusCode.NotFound)]
    [InlineData(101, HttpStatusCode.BadRequest)]
    public async Task AnIdLongerThanTheSeedsAllowIsRefused(int length, HttpStatusCode expected)
    {
        await _client.GetProblem("/events/" + new string('a', length), expected);
    }
}
