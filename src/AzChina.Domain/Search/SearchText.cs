using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace AzChina.Domain.Search;

/// <summary>
/// Turns text into the form the full-text index holds and user input into a safe FTS5 query.
/// Folding is case- and diacritics-insensitive and also maps the Azerbaijani letters that have no
/// decomposition (ə, ı) to their Latin look-alikes, so "Əliyev", "ƏLİYEV" and "aliyev" are one word.
/// </summary>
public static partial class SearchText
{
    public const int MaxQueryLength = 200;

    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            folded.Append(c switch
            {
                'ə' or 'Ə' => 'a',
                'ı' => 'i',
                _ => char.ToLowerInvariant(c),
            });
        }
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// The words of a user's query as an FTS5 expression that matches records containing all of them.
    /// Every word is quoted, so FTS syntax in the input (quotes, NEAR, *, column filters, AND/OR) is
    /// searched as plain words and never parsed. The last word also matches as a prefix ("Alij" finds "Aliyev").
    /// Null when the input has no letters or digits.
    /// </summary>
    public static string? ToMatchExpression(string query)
    {
        var words = Word().Matches(Fold(query)).Select(m => m.Value).ToList();
        if (words.Count == 0) return null;
        return string.Join(" ", words.Select((w, i) => i == words.Count - 1 ? $"\"{w}\"*" : $"\"{w}\""));
    }

    /// <summary>
    /// About <paramref name="width"/> characters of <paramref name="text"/> around the first place a
    /// word of the query occurs (compared folded), with an ellipsis where text was cut.
    /// </summary>
    public static string Snippet(string text, string query, int width = 160)
    {
        var words = Word().Matches(Fold(query)).Select(m => m.Value).ToList();
        // Fold character by character so that positions in the folded text are positions in the original.
        var folded = string.Concat(text.Select(c => Fold(c.ToString()) is { Length: 1 } f ? f : c.ToString()));
        // A word counts where a word of the text starts with it, not inside another word ("li" in "Republic").
        var hit = words.Select(w => Regex.Match(folded, @"(?<![\p{L}\p{N}])" + Regex.Escape(w)))
            .Where(m => m.Success).Select(m => m.Index).DefaultIfEmpty(0).Min();
        var start = Math.Max(0, Math.Min(hit - width / 3, text.Length - width));
        var end = Math.Min(text.Length, start + width);
        // Cut at spaces so that no word is split.
        if (start > 0 && text.IndexOf(' ', start) is var s && s >= 0 && s < hit) start = s + 1;
        if (end < text.Length && text.LastIndexOf(' ', end) is var e && e > Math.Max(hit, start)) end = e;
        return (start > 0 ? "…" : "") + text[start..end].Trim() + (end < text.Length ? "…" : "");
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
