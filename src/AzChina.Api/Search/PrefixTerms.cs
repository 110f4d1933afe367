using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzChina.Api.Search;

/// <summary>
/// The last word of a full-text query also matches as a prefix ("corrid" finds "corridor"). FTS5 answers a prefix
/// by merging the lists of every word it begins into one before it returns the first row, so a list that reads one
/// page of matches in date order still reads all of them: "corridor*" is 85k rows at a million events. The same
/// words, asked for one by one with OR, are read side by side and only as far as the page.
/// </summary>
internal static partial class PrefixTerms
{
    /// <summary>More words than this and the prefix is asked as it is: the reads side by side would cost more.</summary>
    public const int Most = 32;

    // search_terms holds every word of the index (db/0002_search.sql); UTF-8 text sorts by its bytes, and
    // U+10FFFF is the largest character, so the range is every word that begins with the prefix.
    private const string TermsSql = """
        SELECT term FROM search_terms WHERE term >= @Prefix AND term < @Prefix || char(1114111) ORDER BY term LIMIT @Limit
        """;

    // How many of the earlier words are words of the index.
    private const string KnownWordsSql = """
        SELECT count(*) FROM search_terms WHERE term IN (SELECT value FROM json_each(@Words))
        """;

    /// <summary>
    /// <paramref name="match"/> (SearchText.ToMatchExpression: quoted words, the last with *) with its last word
    /// written as the index's words that begin with it, joined by OR; as it is when there are none or too many, or
    /// when an earlier word is not a word of the index.
    /// </summary>
    public static string Expand(SqliteConnection db, string match)
    {
        var words = QuotedWord().Matches(match).Select(m => m.Groups[1].Value).ToList();
        if (words.Count == 0 || !match.EndsWith("\"*", StringComparison.Ordinal)) return match;
        var terms = db.Query<string>(TermsSql, new { Prefix = words[^1], Limit = Most + 1 }).AsList();
        if (terms.Count is 0 or > Most) return match;
        // An earlier word that is no word of the index: the query is left to FTS5 as asked. Rewritten with an explicit
        // AND it could answer otherwise than the words side by side do, for a word FTS5's tokenizer makes no token of.
        var earlier = words.SkipLast(1).Distinct().ToList();
        if (earlier.Count > 0 && db.ExecuteScalar<long>(KnownWordsSql, new { Words = System.Text.Json.JsonSerializer.Serialize(earlier) }) != earlier.Count)
            return match;
        // Explicit ANDs: FTS5 does not join a parenthesised group to a phrase by juxtaposition.
        return string.Join(" AND ", words.SkipLast(1).Select(w => $"\"{w}\"")
            .Append("(" + string.Join(" OR ", terms.Select(t => $"\"{t}\"")) + ")"));
    }

    // A word of the expression is letters and digits only (SearchText), so a quote always closes it.
    [GeneratedRegex("\"([^\"]*)\"")]
    private static partial Regex QuotedWord();
}
