using AzChina.Data;
using AzChina.Domain.Time;
using AzChina.Domain.Vocabularies;

namespace AzChina.Generator;

internal sealed partial class RecordWriter
{
    // Meetings and visits dominate news of bilateral relations; the rest are rarer.
    private static readonly (string Type, int Weight)[] EventTypes =
    [
        ("meeting", 30), ("official_visit", 8), ("visit", 8), ("state_visit", 3), ("summit", 2), ("commission_session", 4),
        ("interview", 5), ("statement", 10), ("announcement", 8), ("signing", 8), ("media_report", 5), ("analysis", 3),
        ("congratulation", 3), ("policy_decision", 2), ("other", 1),
    ];

    private readonly List<(string Id, DateOnly Start, DateColumns Date, Country A, Country B, string Topic)> _events = [];

    private static readonly string[] EventIdColumn = ["id"];

    private static readonly string[] DateColumnNames = SeedWriter.DateColumnNames.Split(',', StringSplitOptions.TrimEntries);

    private static object?[] DateValues(DateColumns d) =>
        [d.Edtf, d.Kind, d.Known, d.Basis, d.Start, d.StartPrecision, d.End, d.EndPrecision, d.EarliestDay, d.LatestDay,
         d.CertainFirst, d.CertainLast, d.SortAsc, d.SortDesc];

    private DateColumns DateOf(DateOnly start, string precision)
    {
        var date = new PartialDate(start, Vocabulary<DatePrecision>.Parse(precision));
        return DateColumns.For(random.NextDouble() switch
        {
            < 0.03 => RecordDate.Create(UncertainDate.Single(date), DateKnowledge.Resolved, "A weekday and the publication date."),
            < 0.04 => RecordDate.Create(UncertainDate.Range(date, null), DateKnowledge.Stated),
            < 0.05 => RecordDate.Create(UncertainDate.Bounded(null, date), DateKnowledge.NotGiven, "On or before the publication date."),
            _ => RecordDate.Create(UncertainDate.Single(date), DateKnowledge.Stated),
        });
    }

    private string WeightedType()
    {
        var roll = random.Next(EventTypes.Sum(t => t.Weight));
        foreach (var (type, weight) in EventTypes)
            if ((roll -= weight) < 0) return type;
        return "other";
    }

    private void WriteEvents()
    {
        using var events = new Inserter(db, "events", [.. EventIdColumn, .. DateColumnNames, "date_note",
            "type", "title", "summary", "location", "location_country", "assertion", "asserted_by", "search_rowid", "status"]);
        using var participants = new Inserter(db, "event_participants", "event_id", "actor_id", "position", "role");
        using var topics = new Inserter(db, "event_topics", "event_id", "topic");

        // Ids follow the dates, so both the primary key and the date index are written in order.
        var days = Enumerable.Range(0, eventCount).Select(_ => RandomDay(FirstDay, LastDay)).Order().ToArray();
        // Precisions and start dates first, so that each event's place in (sort_asc, id) order, its
        // search rowid (db/0001_schema.sql), is written with it and the build need not
        // number a million events afterwards. Ids are zero-padded, so their order is i's.
        var precisions = days.Select(_ => random.NextDouble() switch { < 0.9 => "day", < 0.98 => "month", _ => "year" }).ToArray();
        var starts = days.Select((day, i) => precisions[i] switch
        {
            "day" => day, "month" => new DateOnly(day.Year, day.Month, 1), _ => new DateOnly(day.Year, 1, 1),
        }).ToArray();
        // A few dates are as uncertain as the curated ones: resolved, a visit with no end given, an undated remark
        // bounded by its publication (docs/time-model.md), so that every list and filter meets them at scale.
        var dates = starts.Select((start, i) => DateOf(start, precisions[i])).ToArray();
        var searchRowids = new int[eventCount];
        var inDateOrder = Enumerable.Range(0, eventCount).OrderBy(i => dates[i].SortAsc, StringComparer.Ordinal).ThenBy(i => i).ToArray();
        for (var rank = 0; rank < eventCount; rank++) searchRowids[inDateOrder[rank]] = rank + 1;

        for (var i = 0; i < eventCount; i++)
        {
            var id = $"event-{i + 1:D7}";
            var (a, b) = RandomPair();
            var start = starts[i];

            var people = Enumerable.Range(0, 1 + random.Next(4))
                .Select(k => _participants[k % 2 == 0 ? a.Code : b.Code])
                .Where(list => list.Count > 0)
                .Select(list => list[random.Next(list.Count)])
                .DistinctBy(p => p.Id)
                .ToList();
            var eventTopics = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => _texts.Pick(World.Topics)).Distinct().ToList();
            var p1 = people.Count > 0 ? people[0].Name : $"The President of {a.Name}";
            var p2 = people.Count > 1 ? people[1].Name : $"the Ambassador of {b.Name}";
            var host = random.NextDouble() < 0.5 ? a : b;
            var city = _texts.Pick(host.Cities);
            var type = WeightedType();
            // A claimed or disputed record names who claims it: one of its participants.
            var assertion = random.NextDouble() switch { < 0.95 => "reported", < 0.99 => "claimed", _ => "disputed" };
            if (people.Count == 0) assertion = "reported";

            events.Insert([id, .. DateValues(dates[i]), null,
                type, _texts.EventTitle(type, a.Name, b.Name, p1, p2, city, eventTopics[0], 1 + random.Next(20)),
                _texts.EventSummary(a.Name, b.Name, p1, p2, city, eventTopics), $"{city}, {host.Name}", host.Code,
                assertion, assertion == "reported" ? null : people[0].Id, searchRowids[i], "held"]);
            for (var k = 0; k < people.Count; k++) participants.Insert(id, people[k].Id, k, people[k].Role);
            foreach (var topic in eventTopics) topics.Insert(id, topic);
            var quotes = 1 + (random.NextDouble() < 0.3 ? 1 : 0);
            for (var k = 0; k < quotes; k++) Evidence("event", id, k, SourceAfter(start), _texts.Quote(p1, a.Name, b.Name, eventTopics[0]));
            _events.Add((id, start, dates[i], a, b, eventTopics[0]));
        }
    }

    private void WriteAgreements(int count)
    {
        using var agreements = new Inserter(db, "agreements", ["id", "title", "kind", "status", .. DateColumnNames, "date_note", "location", "location_country", "summary", "assertion", "asserted_by"]);
        using var parties = new Inserter(db, "agreement_parties", "agreement_id", "actor_id", "position");
        using var events = new Inserter(db, "agreement_events", "agreement_id", "event_id", "role", "position");
        var kinds = Vocabulary<AgreementKind>.Names;
        for (var i = 0; i < count; i++)
        {
            var id = $"agreement-{i + 1:D7}";
            var e = _events[random.Next(_events.Count)];
            var status = random.NextDouble() switch { < 0.7 => "signed", < 0.8 => "agreed", < 0.9 => "anticipated", _ => "announced" };
            var undated = status is "anticipated" or "announced" && random.NextDouble() < 0.5;
            var linked = !undated && random.NextDouble() < 0.7;
            var kind = _texts.Pick(kinds);
            var city = _texts.Pick(e.A.Cities);
            agreements.Insert([id, _texts.AgreementTitle(kind, e.A.Name, e.B.Name, e.Topic), kind, status,
                .. DateValues(undated ? DateColumns.For(RecordDate.Create(UncertainDate.Unknown, DateKnowledge.NotGiven)) : e.Date),
                undated ? "Reported as expected to be signed; no date is given." : null,
                undated ? null : $"{city}, {e.A.Name}", undated ? null : e.A.Code,
                $"An agreement between {e.A.Name} and {e.B.Name} on {_texts.Phrase(e.Topic)}, {status} by the two governments.",
                "reported", null]);
            if (linked) events.Insert(id, e.Id, status == "signed" ? "signed_at" : "announced_at", 0);
            parties.Insert(id, e.A.Id, 0);
            parties.Insert(id, e.B.Id, 1);
            if (_companies[e.A.Code] is { Count: > 0 } companies && random.NextDouble() < 0.2)
                parties.Insert(id, companies[random.Next(companies.Count)], 2);
            Evidence("agreement", id, 0, SourceAfter(e.Start), $"The sides {status} the {kind.Replace('_', ' ')} on {_texts.Phrase(e.Topic)}.");
            Agreements++;
        }
    }
}
