using System.Data;
using AzChina.Domain.Search;
using Dapper;

namespace AzChina.Api.Data;

/// <summary>Fills the full-text index from the records already written, one row per record.</summary>
internal static class SearchIndexWriter
{
    // Per kind: the record's title, and the text it is found by (summary, names, aliases, quotes).
    private const string DocumentsSql = """
        SELECT 'event' AS Kind, e.id AS RecordId, e.title AS Title,
               concat_ws(' ', e.summary, e.location,
                   (SELECT group_concat(a.name, ' ') FROM event_participants AS p JOIN actors AS a ON a.id = p.actor_id WHERE p.event_id = e.id),
                   (SELECT group_concat(quote, ' ') FROM evidence WHERE record_kind = 'event' AND record_id = e.id)) AS Body
        FROM events AS e
        UNION ALL
        SELECT 'agreement', g.id, g.title,
               concat_ws(' ', g.summary, g.location,
                   (SELECT group_concat(quote, ' ') FROM evidence WHERE record_kind = 'agreement' AND record_id = g.id))
        FROM agreements AS g
        UNION ALL
        SELECT 'actor', a.id, a.name,
               concat_ws(' ', a.role,
                   (SELECT group_concat(alias, ' ') FROM actor_aliases WHERE actor_id = a.id),
                   (SELECT group_concat(quote, ' ') FROM evidence WHERE record_kind = 'actor' AND record_id = a.id))
        FROM actors AS a
        UNION ALL
        SELECT 'source', s.id, coalesce(s.title, s.outlet || ' (' || s.published_on || ')'),
               concat_ws(' ', s.outlet, s.author, s.note)
        FROM sources AS s
        UNION ALL
        SELECT 'metric', m.name, m.label, concat_ws(' ', replace(m.name, '_', ' '), m.description)
        FROM metrics AS m
        """;

    private const string InsertSql = """
        INSERT INTO search_index (kind, record_id, title, body, label, text)
        VALUES (@Kind, @RecordId, @FoldedTitle, @FoldedBody, @Title, @Body)
        """;

    private sealed record Document
    {
        public required string Kind { get; init; }
        public required string RecordId { get; init; }
        public required string Title { get; init; }
        public string? Body { get; init; }
    }

    public static void Write(IDbConnection db, IDbTransaction tx)
    {
        var documents = db.Query<Document>(DocumentsSql, transaction: tx).AsList();
        db.Execute(InsertSql, documents.Select(d => new
        {
            d.Kind, d.RecordId, d.Title, Body = d.Body ?? "",
            FoldedTitle = SearchText.Fold(d.Title), FoldedBody = SearchText.Fold(d.Body ?? ""),
        }), tx);
    }
}
