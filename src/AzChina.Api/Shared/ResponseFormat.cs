namespace AzChina.Api;

public enum ResponseFormat { Json, Csv }

internal static class ResponseFormats
{
    public const string CsvMediaType = "text/csv";

    /// <summary>`format` wins; without it, an Accept header that asks for text/csv selects CSV.</summary>
    public static Parsed<ResponseFormat> Negotiate(HttpRequest request, string? format) => format switch
    {
        null => Parsed<ResponseFormat>.Valid(
            request.Headers.Accept.Any(a => a?.Contains(CsvMediaType, StringComparison.OrdinalIgnoreCase) == true) ? ResponseFormat.Csv : ResponseFormat.Json),
        "json" => Parsed<ResponseFormat>.Valid(ResponseFormat.Json),
        "csv" => Parsed<ResponseFormat>.Valid(ResponseFormat.Csv),
        _ => Parsed<ResponseFormat>.Invalid("format", $"must be json or csv; got '{RequestParsers.Shown(format)}'"),
    };
}
