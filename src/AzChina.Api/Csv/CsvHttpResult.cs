using System.Text;
using Microsoft.Net.Http.Headers;

namespace AzChina.Api.Csv;

/// <summary>
/// A 200 with a CSV body (UTF-8, with header row). <see cref="CsvResponses"/> declares it in the OpenAPI document.
/// </summary>
/// <param name="download">
/// format=csv: a file for a person, sent as an attachment and starting with a UTF-8 byte order mark,
/// without which spreadsheets (Excel) read the bytes in a legacy code page and garble every non-ASCII
/// name (Əliyev). Accept: text/csv, what programs send, gets the bare CSV.
/// </param>
public sealed class CsvHttpResult(string csv, bool download = false) : IResult
{
    public string Csv { get; } = csv;

    public bool Download { get; } = download;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/csv; charset=utf-8; header=present";
        if (Download)
        {
            response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = FileName(httpContext.Request.Path) }.ToString();
            await response.Body.WriteAsync(Encoding.UTF8.Preamble.ToArray());
        }
        await response.WriteAsync(Csv, Encoding.UTF8);
    }

    /// <summary>The path as a file name: /events → events.csv, /actors/ilham-aliyev/events → actors-ilham-aliyev-events.csv.</summary>
    private static string FileName(PathString path)
    {
        var segments = (path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => new string(s.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_').ToArray()))
            .Where(s => s.Length > 0);
        var name = string.Join('-', segments);
        return (name.Length > 0 ? name : "azchina") + ".csv";
    }
}
