using System.Text.RegularExpressions;

namespace AzChina.Domain.Seeds;

/// <summary>Evidence quotes must be verbatim spans of their document; only whitespace may differ.</summary>
public static partial class Quote
{
    public const int MaxLength = 300;

    public static string NormalizeWhitespace(string text) => Whitespace().Replace(text, " ").Trim();

    public static bool IsVerbatimIn(string quote, string document) =>
        NormalizeWhitespace(document).Contains(NormalizeWhitespace(quote), StringComparison.Ordinal);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
