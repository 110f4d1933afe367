using AzChina.Api.Search;
using AzChina.Api.Tests.Infrastructure;
using AzChina.Domain.Search;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzChina.Api.Tests.Search;

/// <summary>/events?q= asks for the last word's prefix as the words it begins (PrefixTerms): the same matches, or no rewrite.</summary>
public class PrefixTermsTests(AzChinaApiFactory factory) : IClassFixture<AzChinaApiFactory>
{
    private SqliteConnection Open()
    {
        factory.CreateClient().Dispose(); // the host builds the database when it starts
        var db = new SqliteConnection($"Data Source={factory.DatabasePath};Mode=ReadOnly;Pooling=False");
        db.Open();
        return db;
    }

    private static List<long> Matches(SqliteConnection db, string match) =>
        db.Query<long>("SELECT rowid FROM search_index WHERE search_index MATCH @Match ORDER BY rowid", new { Match = match }).AsList();

    [Fact]
    public void EveryPrefixOfEveryWordMatchesWhatTheWordsItBeginsMatch()
    {
        using var db = Open();
        // Every one-, two- and three-letter beginning of a word in the index, alone and after another word.
        var prefixes = db.Query<string>("""
            SELECT DISTINCT substr(term, 1, n) FROM search_terms, (SELECT 1 AS n UNION ALL SELECT 2 UNION ALL SELECT 3)
            """).AsList();
        Assert.True(prefixes.Count > 100, $"{prefixes.Count} prefixes");
        var rewritten = 0;
        foreach (var prefix in prefixes)
            foreach (var query in new[] { prefix, $"china {prefix}", $"aliyev xi {prefix}" })
            {
                var match = SearchText.ToMatchExpression(query)!;
                var expanded = PrefixTerms.Expand(db, match);
                if (expanded != match) rewritten++;
                Assert.True(Matches(db, match).SequenceEqual(Matches(db, expanded)), $"{match} → {expanded}");
            }
        Assert.True(rewritten > 100, $"{rewritten} rewritten");
    }

    [Theory]
    [InlineData("\"corridor\"*", "(\"corridor\" OR \"corridors\")")]
    [InlineData("\"middle\" \"corrid\"*", "\"middle\" AND (\"corridor\" OR \"corridors\")")]
    [InlineData("\"li\" \"qian\"*", "\"li\" AND (\"qiang\")")]
    [InlineData("\"nosuchwordanywhere\"*", "\"nosuchwordanywhere\"*")]
    // An earlier word that is no word of the index: the query stays as it is (see the next test for why).
    [InlineData("\"nosuchwordanywhere\" \"corrid\"*", "\"nosuchwordanywhere\" \"corrid\"*")]
    public void TheLastWordBecomesTheWordsItBegins(string match, string expected)
    {
        using var db = Open();
        Assert.Equal(expected, PrefixTerms.Expand(db, match));
    }

    [Fact]
    public void APrefixOfMoreWordsThanTheMostStaysAPrefix()
    {
        using var db = Open();
        var prefix = db.Query<string>($"""
            SELECT substr(term, 1, 1) AS p FROM search_terms GROUP BY p HAVING count(*) > {PrefixTerms.Most} LIMIT 1
            """).Single();
        Assert.Equal($"\"{prefix}\"*", PrefixTerms.Expand(db, $"\"{prefix}\"*"));
    }
}
