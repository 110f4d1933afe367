namespace AzChina.Api.Shared;

/// <summary>
/// How a request asked for its answer. CSV asked for with format=csv (a link a person opens, Swagger UI)
/// is a file to save and open in a spreadsheet; CSV asked for with Accept: text/csv is a program's.
/// </summary>
public enum ResponseFormat { Json, Csv, CsvDownload }

internal static class ResponseFormats
{
    public const string CsvMediaType = "text/csv";

    public const string JsonOnlyDescription = "Response format: json, the only one a single record has (the default); any other value is a 400.";

    /// <summary>
    /// `format` where an endpoint answers in one format only: absent or that format. Anything else is
    /// a 400, as on the lists, rather than silently answering in the one format there is.
    /// </summary>
    public static Parsed<string?> Only(string only, string? format) =>
        format is null || format == only
            ? Parsed<string?>.Valid(format)
            : Parsed<string?>.Invalid("format", $"must be {only}, the only format here; got '{RequestParsers.Shown(format)}'");

    /// <summary>
    /// Whether the Accept header asks for CSV. The ETag and the response cache key on this too
    /// (Hosting/DatasetCachePolicy.cs), so the two can never disagree about which representation a request gets.
    /// </summary>
    public static bool AcceptsCsv(HttpRequest request) =>
        request.Headers.Accept.Any(a => a?.Contains(CsvMediaType, StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>`format` wins (format=csv is a download); without it, an Accept header that asks for text/csv selects CSV.</summary>
    public static Parsed<ResponseFormat> Negotiate(HttpRequest request, string? format) => format switch
    {
        null => Parsed<ResponseFormat>.Valid(AcceptsCsv(request) ? ResponseFormat.Csv : ResponseFormat.Json),
        "json" => Parsed<ResponseFormat>.Valid(ResponseFormat.Json),
        "csv" => Parsed<ResponseFormat>.Valid(ResponseFormat.CsvDownload),
        _ => Parsed<ResponseFormat>.Invalid("format", $"must be json or csv; got '{RequestParsers.Shown(format)}'"),
    };
}
