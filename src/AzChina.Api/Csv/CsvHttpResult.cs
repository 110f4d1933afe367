using System.Text;

namespace AzChina.Api.Csv;

/// <summary>A 200 with a CSV body (UTF-8, with header row). <see cref="CsvResponses"/> declares it in the OpenAPI document.</summary>
public sealed class CsvHttpResult(string csv) : IResult
{
    public string Csv { get; } = csv;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = "text/csv; charset=utf-8; header=present";
        return httpContext.Response.WriteAsync(Csv, Encoding.UTF8);
    }
}
