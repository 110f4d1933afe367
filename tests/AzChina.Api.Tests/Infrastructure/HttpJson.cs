using System.Net;
using System.Text.Json;

namespace AzChina.Api.Tests.Infrastructure;

public static class HttpJson
{
    /// <summary>GETs a URL, checks the status, and returns the parsed body.</summary>
    public static async Task<JsonElement> GetJson(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"GET {url}: expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>GETs a URL that must fail with a problem+json body (RFC 9457), and returns the problem.</summary>
    /// <param name="accept">An Accept header to send: a problem is problem+json whatever the client asked for.</param>
    public static async Task<JsonElement> GetProblem(this HttpClient client, string url, HttpStatusCode expected, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null) request.Headers.Accept.ParseAdd(accept);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"GET {url}: expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        return problem;
    }

    /// <summary>GETs a page (200) and returns its items' ids.</summary>
    public static async Task<IReadOnlyList<string>> GetIds(this HttpClient client, string url) => (await client.GetJson(url)).Ids();

    public static IReadOnlyList<string> Ids(this JsonElement page, string property = "id") =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty(property).GetString()!).ToList();

    public static string Str(this JsonElement element, string property) => element.GetProperty(property).GetString()!;
}
