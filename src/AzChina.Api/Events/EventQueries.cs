using AzChina.Api.Paging;
using AzChina.Data;
using AzChina.Domain.Vocabularies;
using AzChina.Api.Shared;
using AzChina.Api.Search;
using AzChina.Api.Stored;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzChina.Api.Events;

internal static class EventQueries
{
    // Dapper fills a record's constructor from the columns in its order: EventSummary's, then EventDetail's.
    // The date's columns come last, for Dapper to split them off into the record's DateDetail.
    private static readonly string SummaryColumns = $"""
        e.id AS Id, e.type AS Type, e.title AS Title, e.summary AS Summary, e.location AS Location,
        e.location_country AS LocationCountry, e.assertion AS Assertion, e.asserted_by AS AssertedBy, e.status AS Status,
        e.speaker AS Speaker, e.location_basis AS LocationBasis, {DateSql.Columns("e")}
        """;

    private static readonly string ByIdsSql = $"""
        SELECT e.id AS Id, e.date_note AS DateNote, e.type AS Type, e.title AS Title, e.summary AS Summary, e.location AS Location,
               e.location_country AS LocationCountry, e.assertion AS Assertion, e.asserted_by AS AssertedBy, e.status AS Status,
               e.speaker AS Speaker, e.location_basis AS LocationBasis, e.location_note AS LocationNote, {DateSql.Columns("e")}
        FROM events AS e
        WHERE e.id IN (SELECT value FROM json_each(@Ids))
        """;

    private const string ParticipantsOfSql = """
        SELECT p.event_id AS EventId, a.id AS ActorId, a.name AS Name, a.kind AS Kind, p.role AS Role
        FROM event_participants AS p
        JOIN actors AS a ON a.id = p.actor_id
        WHERE p.event_id IN (SELECT value FROM json_each(@EventIds))
        ORDER BY p.event_id, p.position
        """;

    private const string TopicsOfSql = """
        SELECT event_id AS EventId, topic AS Topic
        FROM event_topics
        WHERE event_id IN (SELECT value FROM json_each(@EventIds))
        ORDER BY event_id, topic
        """;

    private const string ExistsSql = "SELECT count(*) FROM events WHERE id = @Id";

    private const string TypeTermsOfSql = """
        SELECT event_id AS EventId, type AS Type, term AS Term, source_id AS SourceId
        FROM event_type_terms
        WHERE event_id IN (SELECT value FROM json_each(@Ids))
        ORDER BY event_id, position
        """;

    public static PagedListSource<EventSummary> List(EventFilter filter) => new(
        filter.CursorScope,
        (db, page) => WithParticipantsAndTopics(db, Fetch(db, filter, page)),
        db => db.ExecuteScalar<long>($"SELECT count(*) {From(filter)} {Conditions(filter)}", Parameters(filter, null)),
        e => (DateOrder.Key(e.Date, filter.Descending), e.Id),
        CursorKeys.DateSortKey,
        EventCsv.Columns,
        // The key is the stored sort column the list orders by, which is what DateOrder.Key computes from the date.
        (db, page) => Fetch(db, filter, page, StoredRows.Columns(SortKey(filter), "e.id", "e.search_rowid"),
            (db, sql, parameters, limit) => StoredRows.Read(db, sql, parameters, limit)));

    private static List<EventSummary> Query(SqliteConnection db, string sql, object parameters) =>
        db.Query<EventSummary, DateDetail, EventSummary>(sql, (e, date) => e with { Date = date }, parameters, splitOn: DateSql.SplitOn).AsList();

    private static List<EventSummary> Fetch(SqliteConnection db, EventFilter filter, PageRequest page) =>
        Fetch(db, filter, page, SummaryColumns, (db, sql, parameters, _) => Query(db, sql, parameters));

    /// <summary>
    /// Up to a page and one of the events the filter matches after the page's position, each read as <paramref name="columns"/>
    /// by <paramref name="query"/>, which is told the page size its SQL fetches one more than.
    /// </summary>
    private static List<T> Fetch<T>(SqliteConnection db, EventFilter filter, PageRequest page, string columns,
        Func<SqliteConnection, string, object, int, List<T>> query)
    {
        filter = WordsOfPrefix(db, filter);
        if (filter.Match is null || !filter.Descending) return query(db, ListSql(filter, page, columns), Parameters(filter, page), page.Limit);
        // Full-text matches are read in rowid order, which is oldest first with the undated last (sort_asc).
        // Newest first must still put the undated last: the dated matches backwards, then the undated backwards.
        var lastDated = db.ExecuteScalar<long>(LastDatedRowidSql);
        var after = page.IsFirst ? long.MaxValue : db.ExecuteScalar<long>("SELECT search_rowid FROM events WHERE id = @AfterId", new { page.AfterId });
        var fetched = after <= lastDated || page.IsFirst
            ? query(db, MatchesBackwardsSql(filter, dated: true, columns), Parameters(filter, page, lastDated, Math.Min(after, lastDated + 1)), page.Limit)
            : [];
        if (fetched.Count < page.Limit + 1)
        {
            var rest = page with { Limit = page.Limit - fetched.Count };
            fetched.AddRange(query(db, MatchesBackwardsSql(filter, dated: false, columns),
                Parameters(filter, rest, lastDated, after <= lastDated ? long.MaxValue : after), rest.Limit));
        }
        return fetched;
    }

    // Full text: the last word's prefix as the words it begins, read only as far as the page (PrefixTerms).
    // The cursor's scope keeps the words as asked (List), and so does the count, which reads every match either way.
    private static EventFilter WordsOfPrefix(SqliteConnection db, EventFilter filter) =>
        filter.Match is null ? filter : filter with { Match = PrefixTerms.Expand(db, filter.Match) };

    // The rowid of the last dated event in sort_asc order; the undated ones come after it (RecordNumbers).
    private const string LastDatedRowidSql = """
        SELECT ifnull((SELECT search_rowid FROM events WHERE sort_asc < '1' ORDER BY sort_asc DESC, id DESC LIMIT 1), 0)
        """;

    private static string MatchesBackwardsSql(EventFilter filter, bool dated, string columns) => $"""
        SELECT {columns}
        {From(filter)}
        {Conditions(filter).When(true, dated ? "s.rowid <= @LastDated" : "s.rowid > @LastDated").When(true, "s.rowid < @Before")}
        ORDER BY s.rowid DESC
        LIMIT @Fetch
        """;

    // The id breaks ties of the sort key, so that keyset pages never skip or repeat an event; the key is the
    // whole (undated, first, last) tuple as one text per direction (DateColumns). A full-text list ascending
    // orders by the index's rowid, which is the same order (db/0001_schema.sql).
    private static string ListSql(EventFilter filter, PageRequest page, string columns)
    {
        var direction = filter.Descending ? "DESC" : "ASC";
        var (key, id) = (SortKey(filter), SortId(filter));
        var order = filter.Match is null ? $"{key} {direction}, {id} {direction}" : $"s.rowid {direction}";
        return $"""
            SELECT {columns}
            {From(filter)}
            {(filter.Match is null
                ? Conditions(filter).After(page, key, id, filter.Descending)
                : Conditions(filter).When(!page.IsFirst, "s.rowid > (SELECT search_rowid FROM events WHERE id = @AfterId)"))}
            ORDER BY {order}
            LIMIT @Fetch
            """;
    }

    // With q, the matches drive the query: CROSS JOIN makes SQLite read them in rowid (date) order and
    // stop after a page, rather than fetch every matching event and sort them all.
    // With type (and no q), the event's types do, in the list's order (db/0007_event_types.sql).
    private static string From(EventFilter f) => (f.Match, f.Type) switch
    {
        (null, null) => "FROM events AS e",
        (null, _) => """
            FROM event_types AS k
            CROSS JOIN events AS e ON e.id = k.event_id
            """,
        _ => """
            FROM search_index AS s
            CROSS JOIN events AS e ON e.search_rowid = s.rowid
            """,
    };

    private static bool DrivenByType(EventFilter f) => f.Match is null && f.Type is not null;

    // The table the list walks in its order names the sort key and the id that break its ties.
    private static string SortKey(EventFilter f) => $"{(DrivenByType(f) ? "k" : "e")}.{(f.Descending ? "sort_desc" : "sort_asc")}";

    private static string SortId(EventFilter f) => DrivenByType(f) ? "k.event_id" : "e.id";

    private static Where Conditions(EventFilter f) => new Where()
        .When(f.Match is not null, "search_index MATCH @Match")
        // The rowids of events come before the other kinds'.
        .When(f.Match is not null, "s.rowid <= (SELECT max(search_rowid) FROM events)")
        .Dates(f.Window, "e", f.Descending && f.Match is null, keyTable: DrivenByType(f) ? "k" : "e")
        // A source's own word for the event counts too: type=official_visit finds the visit Caliber.Az calls official.
        // Both are rows of event_types; with q, one seek of its key per match.
        .When(DrivenByType(f), "k.type = @Type")
        .When(f.Type is not null && !DrivenByType(f), """
            EXISTS (SELECT 1 FROM event_types AS k WHERE k.type = @Type AND k.sort_desc = e.sort_desc AND k.event_id = e.id)
            """)
        .When(f.Statuses.Count > 0, "e.status IN @Statuses")
        .When(f.PartOf == EventFilter.NoOccasion, "e.part_of IS NULL")
        .When(f.PartOf is not null && f.PartOf != EventFilter.NoOccasion, "e.part_of = @PartOf")
        .When(f.Topic is not null, "EXISTS (SELECT 1 FROM event_topics AS t WHERE t.event_id = e.id AND t.topic = @Topic)")
        .When(f.Place is not null, Shared.PlaceLinkQueries.Within("event", "e.id"))
        // From the actors' own index: an actor is in a few records, which a walk of every record would look for.
        .When(f.Actors.Count > 0, """
            e.id IN (SELECT p.event_id FROM event_participants AS p WHERE p.actor_id IN @Actors
                     GROUP BY p.event_id HAVING count(*) = @ActorCount)
            """)
        .When(f.Country is not null, """
            (e.location_country = @Country
             OR EXISTS (SELECT 1 FROM event_participants AS p JOIN actors AS a ON a.id = p.actor_id
                        WHERE p.event_id = e.id AND a.country = @Country))
            """);

    // One select per kind rather than coalesce over outer joins: the columns keep their declared TEXT type,
    // which Dapper needs to map an empty answer.
    private const string RecordsNamingSql = """
        SELECT re.event_id AS EventId, re.record_kind AS Kind, j.id AS Id, j.title AS Title, re.role AS Role
        FROM record_events AS re JOIN projects AS j ON j.id = re.record_id
        WHERE re.record_kind = 'project' AND re.event_id IN (SELECT value FROM json_each(@Ids))
        UNION ALL
        SELECT re.event_id, re.record_kind, n.id, n.name, re.role
        FROM record_events AS re JOIN initiatives AS n ON n.id = re.record_id
        WHERE re.record_kind = 'initiative' AND re.event_id IN (SELECT value FROM json_each(@Ids))
        ORDER BY 1, 2 DESC, 3
        """;

    private static object Parameters(EventFilter f, PageRequest? page, long lastDated = 0, long before = 0) => new
    {
        From = f.Window.FromText, To = f.Window.ToText, f.Window.SortDescUpper, f.Type, f.Statuses, f.PartOf, f.Topic, f.Actors,
        ActorCount = f.Actors.Count, f.Country, f.Match, f.Place, page?.AfterKey, page?.AfterId, Fetch = (page?.Limit ?? 0) + 1,
        LastDated = lastDated, Before = before,
    };

    /// <summary>Participants, topics and occasions for a page of events, in three queries rather than three per event.</summary>
    private static List<EventSummary> WithParticipantsAndTopics(SqliteConnection db, IReadOnlyList<EventSummary> events)
    {
        var ids = events.Select(e => e.Id).ToArray();
        var (participants, topics) = ParticipantsAndTopics(db, ids);
        var occasions = EventLinkQueries.OccasionsOf(db, ids);
        return events.Select(e => e with
        {
            Participants = participants[e.Id].ToList(), Topics = topics[e.Id].ToList(), PartOf = occasions.GetValueOrDefault(e.Id),
        }).ToList();
    }

    private static (ILookup<string, Participant> Participants, ILookup<string, Topic> Topics) ParticipantsAndTopics(SqliteConnection db, string[] ids)
    {
        var participants = db.Query<string, Participant, (string EventId, Participant Participant)>(
            ParticipantsOfSql, (eventId, participant) => (eventId, participant), new { EventIds = IdList.Json(ids) }, splitOn: "ActorId")
            .ToLookup(p => p.EventId, p => p.Participant);
        var topics = db.Query<(string EventId, Topic Topic)>(TopicsOfSql, new { EventIds = IdList.Json(ids) }).ToLookup(t => t.EventId, t => t.Topic);
        return (participants, topics);
    }

    public static bool Exists(ReadOnlyDatabase database, string id)
    {
        using var db = database.Open();
        return db.ExecuteScalar<long>(ExistsSql, new { Id = id }) > 0;
    }

    public static EventDetail? Find(SqliteConnection db, string id) => Details(db, [id]).GetValueOrDefault(id);

    /// <summary>
    /// The details of a batch of events, by id, in a query per part rather than a query per part and event: the build
    /// stores every event's detail this way (StoredRepresentations), and <see cref="Find"/> reads one the same way.
    /// </summary>
    public static Dictionary<string, EventDetail> Details(SqliteConnection db, string[] ids)
    {
        var parameters = new { Ids = IdList.Json(ids) };
        var details = db.Query<EventDetail, DateDetail, EventDetail>(ByIdsSql, (e, date) => e with { Date = date }, parameters, splitOn: DateSql.SplitOn)
            .AsList();
        if (details.Count == 0) return [];
        var (participants, topics) = ParticipantsAndTopics(db, ids);
        var occasions = EventLinkQueries.OccasionsOf(db, ids);
        var parts = EventLinkQueries.PartsOf(db, ids);
        var mentions = MentionQueries.Of(db, "event", ids);
        var disputedBy = EventLinkQueries.DisputedBy(db, "event", ids);
        var disputes = EventLinkQueries.Disputes(db, ids);
        var agreements = EventLinkQueries.AgreementsOf(db, ids);
        var claims = EventLinkQueries.ClaimsStatedAt(db, ids);
        var typeTerms = ByRecord.Query<TypeTerm>(db, TypeTermsOfSql, parameters, splitOn: "Type");
        var places = Shared.PlaceLinkQueries.Of(db, "event", ids);
        var projects = ByRecord.Query<EventRecordLink>(db, RecordsNamingSql, parameters, splitOn: "Kind");
        var evidence = EvidenceQueries.For(db, "event", ids);
        return details.ToDictionary(d => d.Id, d => d with
        {
            Participants = participants[d.Id].ToList(),
            Topics = topics[d.Id].ToList(),
            PartOf = occasions.GetValueOrDefault(d.Id),
            Parts = parts[d.Id].ToList(),
            Mentions = mentions[d.Id].ToList(),
            DisputedBy = disputedBy[d.Id].ToList(),
            Disputes = disputes[d.Id].ToList(),
            Agreements = agreements[d.Id].ToList(),
            Claims = claims[d.Id].ToList(),
            TypeTerms = typeTerms[d.Id].ToList(),
            Places = places[d.Id].ToList(),
            Projects = projects[d.Id].ToList(),
            Evidence = evidence[d.Id].ToList(),
        }, StringComparer.Ordinal);
    }
}
