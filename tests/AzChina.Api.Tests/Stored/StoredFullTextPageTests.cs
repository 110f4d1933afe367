using System.Text.Json;
using AzChina.Api.Tests.Infrastructure;
using AzChina.Data;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace AzChina.Api.Tests.Stored;

/// <summary>
/// A full-text list newest first reads its page in two queries where the dated matches run out (EventQueries), and a
/// stored page joins the two queries' JSON (Stored/StoredPage.cs). The seeds have no undated event; the synthetic data has.
/// </summary>
public sealed class StoredFullTextPageTests(TracedApi api) : IClassFixture<TracedApi>
{
    [Fact]
    public async Task APageAcrossTheLastDatedMatchIsTheComputedPage()
    {
        var database = api.Factory.Services.GetRequiredService<ReadOnlyDatabase>();
        var client = api.Factory.CreateClient();
        using var db = new SqliteConnection($"Data Source={api.Database.Path};Mode=ReadOnly;Pooling=False");
        db.Open();
        var name = PersonInDatedAndUndatedEvents(db);
        var spanned = false;
        foreach (var limit in new[] { 2, 3, 5, 7 })
        {
            var url = $"/events?q={Uri.EscapeDataString(name)}&limit={limit}";
            string? next = url;
            while (next is not null)
            {
                database.ServesStored = true;
                var stored = await client.GetStringAsync(next);
                database.ServesStored = false;
                var computed = await client.GetStringAsync(next);
                database.ServesStored = true;
                Assert.True(computed == stored, $"GET {next}: the stored body differs from the computed one");
                var body = JsonDocument.Parse(computed).RootElement;
                var ids = JsonSerializer.Serialize(body.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
                spanned |= db.ExecuteScalar<long>("SELECT count(DISTINCT sort_asc < '1') FROM events WHERE id IN (SELECT value FROM json_each(@Ids))", new { Ids = ids }) == 2;
                next = body.GetProperty("nextCursor").GetString() is { } cursor
                    ? $"{url}&cursor={Uri.EscapeDataString(cursor)}"
                    : null;
            }
        }
        // One of the limits puts the last dated match in the middle of a page, unless every one divides the number of dated matches.
        Assert.True(spanned, "no page had both dated and undated matches");
    }

    // A person in a few events, dated and undated, whose name is found in them all.
    private static string PersonInDatedAndUndatedEvents(SqliteConnection db) =>
        db.QueryFirst<string>("""
            SELECT a.name
            FROM actors AS a
            JOIN event_participants AS p ON p.actor_id = a.id
            JOIN events AS e ON e.id = p.event_id
            WHERE a.kind = 'person' AND a.name NOT GLOB '*[^ -~]*'
            GROUP BY a.id
            HAVING count(*) BETWEEN 3 AND 300 AND sum(e.sort_asc >= '1') > 0 AND sum(e.sort_asc < '1') > 1
            ORDER BY count(*)
            LIMIT 1
            """);
}
