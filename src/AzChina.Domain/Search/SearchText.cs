using System.Collections.Concurrent;
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
        // Most text is ASCII, which only needs lower case: indexing a million records folds every one.
        if (System.Text.Ascii.IsValid(text)) return text.ToLowerInvariant();
        // Text outside the Basic Multilingual Plane (surrogate pairs) takes the whole-text path.
        if (text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0) return FoldWhole(text);
        // Otherwise character by character, each non-ASCII one folded once and remembered: the same
        // result for the scripts the data holds, without normalizing every record's whole text.
        var folded = new StringBuilder(text.Length);
        foreach (var c in text) folded.Append(c < 128 ? char.ToLowerInvariant(c) : FoldCharacter(c));
        return folded.ToString();
    }

    private static readonly ConcurrentDictionary<char, string> FoldedCharacters = new();

    /// <summary>
    /// One non-ASCII character folded, once per character and remembered. Half of a surrogate pair
    /// cannot be normalized on its own (it throws), so it stays as it is.
    /// </summary>
    private static string FoldCharacter(char c) =>
        FoldedCharacters.GetOrAdd(c, static ch => char.IsSurrogate(ch) ? ch.ToString() : FoldWhole(ch.ToString()));

    private static string FoldWhole(string text)
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
    /// The folded words of a text, one space between them: what the index holds as a title, and what
    /// a query is compared with for an exact-title match, so that "China", "china*" and "CHINA!" are one.
    /// </summary>
    public static string FoldWords(string text) => string.Join(' ', Words(text));

    private static List<string> Words(string text) => Word().Matches(Fold(text)).Select(m => m.Value).ToList();

    /// <summary>
    /// The words of a user's query as an FTS5 expression that matches records containing all of them.
    /// Every word is quoted, so FTS syntax in the input (quotes, NEAR, *, column filters, AND/OR) is
    /// searched as plain words and never parsed. The last word also matches as a prefix ("Alij" finds "Aliyev").
    /// Null when the input has no letters or digits.
    /// </summary>
    public static string? ToMatchExpression(string query)
    {
        var words = Words(query);
        if (words.Count == 0) return null;
        return string.Join(" ", words.Select((w, i) => i == words.Count - 1 ? $"\"{w}\"*" : $"\"{w}\""));
    }

    /// <summary>
    /// About <paramref name="width"/> characters of <paramref name="text"/> around the first place a
    /// word of the query occurs (compared folded), with an ellipsis where text was cut.
    /// </summary>
    public static string Snippet(string text, string query, int width = 160) => Snippet(text, QueryWords(query), width);

    /// <summary>The words a snippet looks for (<see cref="Snippet(string, IReadOnlyList{string}, int)"/>): split once for every hit of a page.</summary>
    public static IReadOnlyList<string> QueryWords(string query) => Words(query);

    /// <summary><see cref="Snippet(string, string, int)"/> for the <see cref="QueryWords"/> of a query.</summary>
    public static string Snippet(string text, IReadOnlyList<string> words, int width = 160)
    {
        var hit = FirstHit(text, words);
        var start = Math.Max(0, Math.Min(hit - width / 3, text.Length - width));
        var end = Math.Min(text.Length, start + width);
        // Cut at spaces so that no word is split.
        if (start > 0 && text.IndexOf(' ', start) is var s && s >= 0 && s < hit) start = s + 1;
        if (end < text.Length && text.LastIndexOf(' ', end) is var e && e > Math.Max(hit, start)) end = e;
        return (start > 0 ? "…" : "") + text[start..end].Trim() + (end < text.Length ? "…" : "");
    }

    /// <summary>
    /// Where the first word of the text that begins with one of <paramref name="words"/> starts ("li" not in
    /// "Republic"), 0 if none. Compared character by character, folded, so positions are the original's; a
    /// page's hits mostly name the query early, and the scan stops there rather than fold each whole text.
    /// </summary>
    private static int FirstHit(string text, IReadOnlyList<string> words)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (i > 0 && FoldChar(text[i - 1]) is var before && (char.IsLetter(before) || char.IsNumber(before))) continue;
            foreach (var word in words)
                if (BeginsAt(text, i, word)) return i;
        }
        return 0;
    }

    private static bool BeginsAt(string text, int at, string word)
    {
        if (text.Length - at < word.Length) return false;
        for (var j = 0; j < word.Length; j++)
            if (FoldChar(text[at + j]) != word[j]) return false;
        return true;
    }

    // A character that folds to several (or none) is kept as it is, so positions stay those of the original.
    private static char FoldChar(char c) =>
        c < 128 ? char.ToLowerInvariant(c) : FoldCharacter(c) is { Length: 1 } f ? f[0] : c;

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
