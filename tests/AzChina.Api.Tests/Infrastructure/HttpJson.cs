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

    /// <summary>Sends a request (a GET unless told otherwise) after letting the caller set it up; the response is the caller's to dispose.</summary>
    public static Task<HttpResponseMessage> Send(this HttpClient client, string url, Action<HttpRequestMessage>? configure = null, HttpMethod? method = null)
    {
        var request = new HttpRequestMessage(method ?? HttpMethod.Get, url);
        configure?.Invoke(request);
        return client.SendAsync(request);
    }

    /// <summary>GETs a URL, with an Accept header if given, and returns the response with its body read, whatever the status.</summary>
    public static async Task<(HttpResponseMessage Response, string Body)> GetText(this HttpClient client, string url, string? accept = null)
    {
        var response = await client.Send(url, r => { if (accept is not null) r.Headers.Accept.ParseAdd(accept); });
        return (response, await response.Content.ReadAsStringAsync());
    }

    /// <summary>GETs a URL that must fail with a problem+json body (RFC 9457), and returns the problem.</summary>
    /// <param name="accept">An Accept header to send: a problem is problem+json whatever the client asked for.</param>
    public static async Task<JsonElement> GetProblem(this HttpClient client, string url, HttpStatusCode expected, string? accept = null)
    {
        var (response, body) = await client.GetText(url, accept);
        using var _ = response;
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
