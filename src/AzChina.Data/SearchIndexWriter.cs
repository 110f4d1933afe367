using AzChina.Domain.Search;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzChina.Data;

/// <summary>Fills the full-text index from the records already written and numbered (<see cref="RecordNumbers"/>), one row per record.</summary>
internal static class SearchIndexWriter
{
    // Per kind: the rowid of an event, agreement or actor (the other kinds are numbered after them as they
    // are written), the record's title, and the text it is found by (summary, names of participants and of
    // mentioned actors, aliases, quotes). A place is found by its names only: its quotes name other places
    // and people (Beijing's names Li Qiang), which would make it a hit for them.
    private const string DocumentsSql = """
        SELECT e.search_rowid AS Rowid, 'event' AS Kind, e.id AS RecordId, e.title AS Title,
               concat_ws(' ', e.summary, e.location,
                   (SELECT group_concat(a.name, ' ') FROM event_participants AS p JOIN actors AS a ON a.id = p.actor_id WHERE p.event_id = e.id),
                   (SELECT group_concat(a.name, ' ') FROM record_mentions AS m JOIN actors AS a ON a.id = m.actor_id
                    WHERE m.record_kind = 'event' AND m.record_id = e.id),
                   (SELECT group_concat(quote, ' ') FROM evidence WHERE record_kind = 'event' AND record_id = e.id)) AS Body
        FROM events AS e
        UNION ALL
        SELECT g.search_rowid, 'agreement', g.id, g.title,
               concat_ws(' ', g.summary, g.location,
                   (SELECT group_concat(a.name, ' ') FROM record_mentions AS m JOIN actors AS a ON a.id = m.actor_id
                    WHERE m.record_kind = 'agreement' AND m.record_id = g.id),
                   (SELECT group_concat(quote, ' ') FROM evidence WHERE record_kind = 'agreement' AND record_id = g.id))
        FROM agreements AS g
        UNION ALL
        SELECT a.search_rowid, 'actor', a.id, a.name,
               concat_ws(' ', a.role,
                   (SELECT group_concat(alias, ' ') FROM actor_aliases WHERE actor_id = a.id),
                   (SELECT group_concat(quote, ' ') FROM evidence WHERE record_kind = 'actor' AND record_id = a.id))
        FROM actors AS a
        UNION ALL
        SELECT NULL, 'source', s.id, coalesce(s.title, s.outlet || ' (' || s.published_on || ')'),
               concat_ws(' ', s.outlet, s.author, s.note)
        FROM sources AS s
        UNION ALL
        SELECT NULL, 'metric', m.name, m.label, concat_ws(' ', replace(m.name, '_', ' '), m.description)
        FROM metrics AS m
        UNION ALL
        SELECT NULL, 'place', p.id, p.name,
               (SELECT group_concat(alias, ' ') FROM record_aliases WHERE record_kind = 'place' AND record_id = p.id)
        FROM places AS p
        UNION ALL
        SELECT NULL, 'project', j.id, j.title,
               concat_ws(' ', j.summary,
                   (SELECT group_concat(alias, ' ') FROM record_aliases WHERE record_kind = 'project' AND record_id = j.id),
                   (SELECT group_concat(l.name, ' ') FROM record_places AS rp JOIN places AS l ON l.id = rp.place_id
                    WHERE rp.record_kind = 'project' AND rp.record_id = j.id),
                   (SELECT group_concat(a.name, ' ') FROM project_actors AS pa JOIN actors AS a ON a.id = pa.actor_id WHERE pa.project_id = j.id),
                   (SELECT group_concat(quote, ' ') FROM evidence WHERE record_kind = 'project' AND record_id = j.id))
        FROM projects AS j
        UNION ALL
        SELECT NULL, 'initiative', n.id, n.name,
               concat_ws(' ', n.summary,
                   (SELECT group_concat(alias, ' ') FROM record_aliases WHERE record_kind = 'initiative' AND record_id = n.id),
                   (SELECT group_concat(quote, ' ') FROM evidence WHERE record_kind = 'initiative' AND record_id = n.id))
        FROM initiatives AS n
        """;

    // The vocabulary, read once here from a table FTS5 makes of the index (its counts of each word cost a walk of
    // the word's list): at query time that walk would be the cost PrefixTerms saves.
    private const string TermsSql = """
        CREATE VIRTUAL TABLE temp.search_vocabulary USING fts5vocab(main, search_index, 'row');
        INSERT INTO search_terms (term) SELECT term FROM temp.search_vocabulary ORDER BY term;
        DROP TABLE temp.search_vocabulary;
        """;

    private const string InsertSql = """
        INSERT INTO search_index (rowid, kind, record_id, title, body, label, text)
        VALUES ($rowid, $kind, $recordId, $foldedTitle, $foldedBody, $title, $body)
        """;

    /// <summary>
    /// Streams the documents into the index through one prepared statement, so that a synthetic
    /// database of a million records is indexed without holding them all in memory; then merges the
    /// index into one segment, which every later search reads instead of many.
    /// </summary>
    public static void Write(SqliteConnection db, SqliteTransaction tx)
    {
        var nextRowid = RecordNumbers.FirstUnnumbered(db, tx);
        // The index is merged into one segment at the end ('optimize', below): merging its segments as they are written
        // too only did the work twice (8 % of writing the index at 200k events).
        db.Execute("INSERT INTO search_index (search_index, rank) VALUES ('automerge', 0); INSERT INTO search_index (search_index, rank) VALUES ('crisismerge', 64);", transaction: tx);
        using var insert = db.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = InsertSql;
        var parameters = new[] { "$rowid", "$kind", "$recordId", "$foldedTitle", "$foldedBody", "$title", "$body" }
            .Select(name => insert.Parameters.Add(new SqliteParameter(name, ""))).ToArray();
        insert.Prepare();

        using var read = db.CreateCommand();
        read.Transaction = tx;
        read.CommandText = DocumentsSql;
        using var documents = read.ExecuteReader();
        while (documents.Read())
        {
            var title = documents.GetString(3);
            var body = documents.IsDBNull(4) ? "" : documents.GetString(4);
            parameters[0].Value = documents.IsDBNull(0) ? nextRowid++ : documents.GetInt64(0);
            parameters[1].Value = documents.GetString(1);
            parameters[2].Value = documents.GetString(2);
            parameters[3].Value = SearchText.FoldWords(title);
            parameters[4].Value = SearchText.Fold(body);
            parameters[5].Value = title;
            parameters[6].Value = body;
            insert.ExecuteNonQuery();
        }
        db.Execute("INSERT INTO search_index (search_index) VALUES ('optimize')", transaction: tx);
        db.Execute(TermsSql, transaction: tx);
    }
}
