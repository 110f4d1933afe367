using System.Globalization;
using System.Net;
using AzChina.Api.Tests.Infrastructure;
using CsvHelper;
using CsvHelper.Configuration;

namespace AzChina.Api.Tests.Csv;

public class FormatTests(AzChinaApiFactory factory) : IClassFixture<AzChinaApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    /// <summary>
    /// RFC 4180 records, read by CsvHelper as an independent oracle. With NewLine set it ends records on
    /// CRLF only, so a bare LF between records would land in a field and break the column count.
    /// </summary>
    private static List<List<string>> ParseCsv(string csv)
    {
        Assert.EndsWith("\r\n", csv);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { HasHeaderRecord = false, NewLine = "\r\n" };
        using var parser = new CsvParser(new StringReader(csv), configuration);
        var rows = new List<List<string>>();
        while (parser.Read()) rows.Add([.. parser.Record!]);
        return rows;
    }

    [Theory]
    [InlineData("/events?limit=500", "id")]
    [InlineData("/agreements?limit=500", "id")]
    [InlineData("/actors?limit=500", "id")]
    [InlineData("/sources?limit=500", "id")]
    [InlineData("/metrics?limit=500", "name")]
    [InlineData("/search?q=china&limit=500", "id")]
    [InlineData("/events?limit=500&actor=ilham-aliyev&type=statement", "id")]
    public async Task CsvHasAHeaderAndOneRowPerRecordOfTheJson(string url, string key)
    {
        var json = await _client.GetJson(url);
        var (response, body) = await _client.GetText(url + "&format=csv");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var rows = ParseCsv(body);
        var column = rows[0].IndexOf(key);
        Assert.True(column >= 0);
        Assert.All(rows, r => Assert.Equal(rows[0].Count, r.Count));
        Assert.Equal(json.Ids(key), rows.Skip(1).Select(r => r[column]));
    }

    [Theory]
    [InlineData("/events/commission-10th-meeting-2025-04-16")]
    [InlineData("/agreements/strategic-partnership-declaration-2024")]
    [InlineData("/actors/ilham-aliyev")]
    [InlineData("/sources/trend-2025-04-16-commission")]
    public async Task ASingleRecordIsJsonOnlyAndSaysSoForCsv(string url)
    {
        var plain = await _client.GetJson(url);
        var json = await _client.GetJson(url + "?format=json");
        var csv = await _client.GetProblem(url + "?format=csv", HttpStatusCode.BadRequest);

        Assert.Equal(plain.GetRawText(), json.GetRawText());
        Assert.Contains("must be json", csv.GetProperty("errors").GetProperty("format")[0].GetString());
    }

    [Fact]
    public async Task AcceptTextCsvSelectsCsvAndFieldsWithCommasAndQuotesAreQuoted()
    {
        var (response, body) = await _client.GetText("/events?limit=500", "text/csv");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var rows = ParseCsv(body);
        var summary = rows[0].IndexOf("summary");
        Assert.Contains(rows.Skip(1), r => r[summary].Contains(','));
        Assert.StartsWith("id,dateEdtf,dateKind,dateKnown,dateBasis,dateStart,dateStartPrecision,dateEnd,dateEndPrecision,", body);
        Assert.Contains("; ", rows.Skip(1).Select(r => r[rows[0].IndexOf("participants")]).First(p => p.Length > 0));
    }

    [Theory]
    [InlineData("/actors?q=Əliyev&format=csv", "actors.csv", "Əliyev")]
    [InlineData("/metrics/trade_turnover?format=csv", "metrics-trade_turnover.csv", "trade-turnover-2024-caliber")]
    [InlineData("/actors/ilham-aliyev/events?format=csv", "actors-ilham-aliyev-events.csv", "inferred_from_text")]
    public async Task FormatCsvIsADownloadThatStartsWithAByteOrderMarkForSpreadsheets(string url, string fileName, string text)
    {
        using var response = await _client.GetAsync(url);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Contains(text, System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
    }

    [Fact]
    public async Task AcceptTextCsvIsBareCsvForPrograms()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/actors?q=Əliyev");
        request.Headers.Accept.ParseAdd("text/csv");
        using var response = await _client.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Null(response.Content.Headers.ContentDisposition);
        Assert.Equal("id,"u8.ToArray(), bytes[..3]);
    }

    [Fact]
    public async Task CsvPagesCarryTheNextLinkAndTheTotal()
    {
        var (response, body) = await _client.GetText("/events?limit=3&format=csv&includeTotal=true");

        Assert.Equal(4, ParseCsv(body).Count);
        Assert.Matches("^<http://localhost/events\\?limit=3&format=csv&includeTotal=true&cursor=[^>]+>; rel=\"next\"$", response.Headers.GetValues("Link").Single());
        Assert.True(int.Parse(response.Headers.GetValues("X-Total-Count").Single()) >= 20);
    }

    [Fact]
    public async Task JsonPagesCarryTheNextLinkAndTheTotalOnRequest()
    {
        var (response, body) = await _client.GetText("/events?limit=3&includeTotal=true");
        var page = System.Text.Json.JsonDocument.Parse(body).RootElement;

        var next = response.Headers.GetValues("Link").Single();
        Assert.Contains(Uri.EscapeDataString(page.Str("nextCursor")), next);
        Assert.Equal((await _client.GetJson("/health")).GetProperty("counts").GetProperty("events").GetInt32(), page.GetProperty("total").GetInt32());
        Assert.False((await _client.GetJson("/events?limit=3")).TryGetProperty("total", out _));
    }

    [Fact]
    public async Task TheLastPageHasNoLink()
    {
        var (response, _) = await _client.GetText("/sources?limit=500");

        Assert.False(response.Headers.Contains("Link"));
    }
}
