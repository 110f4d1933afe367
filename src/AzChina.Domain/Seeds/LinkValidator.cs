using AzChina.Domain.Time;
using AzChina.Domain.Vocabularies;
using Files = AzChina.Domain.Seeds.SeedDataset.Files;

namespace AzChina.Domain.Seeds;

/// <summary>
/// The links between records (issue 13, items 2 and 3): occasions and their parts, event status, the
/// events an agreement names with a role, what disputes a disputed record, the event a claim was stated
/// at, the actors a record mentions, people's organisations, sources' outlets and authors; and that every
/// actor is reachable from some record. Called by <see cref="SeedValidator"/>; every failure names file,
/// record and field.
/// </summary>
internal static class LinkValidator
{
    private static readonly string Disputed = Vocabulary<Assertion>.Name(Assertion.Disputed);

    public static void Validate(List<SeedError> errors, SeedDataset data, ISet<string> actorIds, ISet<string> eventIds)
    {
        var events = data.Events.Where(e => e.Id is not null).GroupBy(e => e.Id!).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var actorKinds = data.Actors.Where(a => a.Id is not null).GroupBy(a => a.Id!).ToDictionary(g => g.Key, g => g.First().Kind, StringComparer.Ordinal);

        foreach (var s in data.Sources)
        {
            var check = new RecordCheck(errors, Files.Sources, s.Id);
            check.Reference("outletId", s.OutletId, actorIds, "actor", required: false);
            check.Reference("authorId", s.AuthorId, actorIds, "actor", required: false);
        }
        foreach (var a in data.Actors) MemberOf(new RecordCheck(errors, Files.Actors, a.Id), a, actorIds, actorKinds);
        foreach (var e in data.Events)
        {
            var check = new RecordCheck(errors, Files.Events, e.Id);
            check.InVocabulary<EventStatus>("status", e.Status, required: true);
            PartOf(check, e, events);
            DisputedBy(check, e.Id, e.Assertion, e.DisputedBy, eventIds);
            Mentions(check, e.Mentions, actorIds);
        }
        foreach (var a in data.Agreements)
        {
            var check = new RecordCheck(errors, Files.Agreements, a.Id);
            AgreementEvents(check, a.Events, eventIds);
            DisputedBy(check, a.Id, a.Assertion, a.DisputedBy, eventIds);
            Mentions(check, a.Mentions, actorIds);
        }
        foreach (var c in data.Claims)
        {
            var check = new RecordCheck(errors, Files.Claims, c.Id);
            check.Reference("statedAt", c.StatedAt, eventIds, "event", required: false);
            Mentions(check, c.Mentions, actorIds);
        }
        Unreferenced(errors, data);
    }

    private static void MemberOf(RecordCheck check, SeedActor a, ISet<string> actorIds, IReadOnlyDictionary<string, string?> kinds)
    {
        var memberOf = a.MemberOf ?? [];
        for (var i = 0; i < memberOf.Count; i++)
        {
            var field = $"memberOf[{i}]";
            check.Reference($"{field}.actorId", memberOf[i].ActorId, actorIds, "actor", required: true);
            check.Required($"{field}.role", memberOf[i].Role);
            if (memberOf[i].ActorId is { } target && target == a.Id) check.Fail($"{field}.actorId", "an actor is not a member of itself");
            // An organisation has people and departments; a person or a country is no organisation to belong to.
            else if (memberOf[i].ActorId is { } org && kinds.TryGetValue(org, out var kind) && (kind == Vocabulary<ActorKind>.Name(ActorKind.Person) || kind == Vocabulary<ActorKind>.Name(ActorKind.Country)))
                check.Fail($"{field}.actorId", $"'{org}' is a {kind}, not an organisation one can belong to");
        }
        check.Duplicates("memberOf", memberOf.Select(m => m.ActorId));
    }

    /// <summary>An occasion's parts: the occasion exists, no event is part of itself however deep, and a part does not lie before its occasion.</summary>
    private static void PartOf(RecordCheck check, SeedEvent e, IReadOnlyDictionary<string, SeedEvent> events)
    {
        if (e.PartOf is null) return;
        if (e.PartOf == e.Id) { check.Fail("partOf", "an event is not part of itself"); return; }
        if (!events.TryGetValue(e.PartOf, out var occasion)) { check.Fail("partOf", $"unknown event '{TextLimits.Shown(e.PartOf)}'"); return; }
        if (CycleFrom(e, events) is { } cycle) { check.Fail("partOf", $"forms a cycle: {string.Join(" → ", cycle)}"); return; }
        if (OccasionDates.Span(e) is not { } part || OccasionDates.Span(occasion) is not { } whole) return;
        if (part.End < whole.Start)
            check.Fail("partOf", $"the part's date ({e.Date!.Edtf}) lies before its occasion '{occasion.Id}' ({occasion.Date!.Edtf}) begins");
        else if (part.Start > whole.End)
            check.Fail("partOf", $"the part's date ({e.Date!.Edtf}) lies after its occasion '{occasion.Id}' ({occasion.Date!.Edtf}) ends");
    }

    /// <summary>The chain of occasions from <paramref name="e"/> back to itself, or null when it ends.</summary>
    private static List<string>? CycleFrom(SeedEvent e, IReadOnlyDictionary<string, SeedEvent> events)
    {
        var chain = new List<string> { e.Id! };
        for (var next = e.PartOf; next is not null && events.TryGetValue(next, out var occasion); next = occasion.PartOf)
        {
            chain.Add(next);
            if (next == e.Id) return chain;
            if (chain.Count > events.Count + 1) return null; // a cycle further up, reported on its own members
        }
        return null;
    }

    private static void DisputedBy(RecordCheck check, string? id, string? assertion, IReadOnlyList<string?>? disputedBy, ISet<string> eventIds)
    {
        var list = disputedBy ?? [];
        if (assertion == Disputed && list.Count == 0)
            check.Fail("disputedBy", "a disputed record names the record(s) that dispute it");
        if (assertion != Disputed && list.Count > 0)
            check.Fail("disputedBy", "only a disputed record names what disputes it: make it disputed, or drop disputedBy");
        for (var i = 0; i < list.Count; i++)
        {
            check.Reference($"disputedBy[{i}]", list[i], eventIds, "event", required: true);
            if (list[i] is not null && list[i] == id) check.Fail($"disputedBy[{i}]", "a record does not dispute itself");
        }
        check.Duplicates("disputedBy", list);
    }

    private static void AgreementEvents(RecordCheck check, IReadOnlyList<SeedAgreementEvent>? events, ISet<string> eventIds)
    {
        var list = events ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            check.Reference($"events[{i}].eventId", list[i].EventId, eventIds, "event", required: true);
            check.InVocabulary<AgreementEventRole>($"events[{i}].role", list[i].Role, required: true);
        }
        check.Duplicates("events", list.Select(e => e.EventId is null ? null : $"{e.EventId} as {e.Role}"));
    }

    private static void Mentions(RecordCheck check, IReadOnlyList<SeedActorRole>? mentions, ISet<string> actorIds)
    {
        var list = mentions ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            check.Reference($"mentions[{i}].actorId", list[i].ActorId, actorIds, "actor", required: true);
            check.Required($"mentions[{i}].role", list[i].Role);
        }
        check.Duplicates("mentions", list.Select(m => m.ActorId));
    }

    /// <summary>
    /// Every actor is reachable from a record (review 5.4): named by a source, an event, an agreement or a
    /// claim, or linked by membership to an actor that is (an organisation lists its people, a person names
    /// their organisation). An actor no record reaches is one the documents give no place in the data.
    /// </summary>
    private static void Unreferenced(List<SeedError> errors, SeedDataset data)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        void Add(string? id) { if (id is not null) reached.Add(id); }
        foreach (var s in data.Sources) { Add(s.OutletId); Add(s.AuthorId); }
        foreach (var e in data.Events)
        {
            foreach (var p in e.Participants ?? []) Add(p.ActorId);
            foreach (var m in e.Mentions ?? []) Add(m.ActorId);
            foreach (var q in e.Evidence ?? []) Add(q.Speaker);
            Add(e.AssertedBy);
            Add(e.Speaker);
        }
        foreach (var a in data.Agreements)
        {
            foreach (var p in a.Parties ?? []) Add(p);
            foreach (var m in a.Mentions ?? []) Add(m.ActorId);
            foreach (var q in a.Evidence ?? []) Add(q.Speaker);
            Add(a.AssertedBy);
        }
        foreach (var c in data.Claims)
        {
            foreach (var m in c.Mentions ?? []) Add(m.ActorId);
            foreach (var q in c.Evidence ?? []) Add(q.Speaker);
            Add(c.Subject);
            Add(c.AssertedBy);
        }
        foreach (var p in data.Projects ?? [])
        {
            foreach (var a in p.Actors ?? []) Add(a.ActorId);
            foreach (var s in p.Status ?? []) Add(s.AssertedBy);
        }
        foreach (var f in (data.Initiatives ?? []).SelectMany(i => i.Framings ?? [])) Add(f.FramedBy);
        var edges = data.Actors
            .SelectMany(a => (a.MemberOf ?? []).Where(m => a.Id is not null && m.ActorId is not null).SelectMany(m => new[] { (a.Id!, m.ActorId!), (m.ActorId!, a.Id!) }))
            .ToLookup(e => e.Item1, e => e.Item2, StringComparer.Ordinal);
        var queue = new Queue<string>(reached);
        while (queue.TryDequeue(out var id))
            foreach (var next in edges[id])
                if (reached.Add(next)) queue.Enqueue(next);
        foreach (var a in data.Actors.Where(a => a.Id is not null && !reached.Contains(a.Id)))
            new RecordCheck(errors, Files.Actors, a.Id).Fail("id",
                "no record reaches this actor (no source, event, agreement, claim, project or framing names it, nor a member or organisation of one that does): link it where the documents support it, or remove it");
    }
}

/// <summary>
/// The days an event may fall on (its earliest to its latest possible day), for the occasion–part check: a
/// part cannot lie wholly before its occasion begins, nor wholly after it ends. An open end ("2025-04-22/..")
/// and an unknown date bound nothing; null when the date is invalid (reported elsewhere).
/// </summary>
internal static class OccasionDates
{
    public static (DateOnly Start, DateOnly End)? Span(SeedEvent e) =>
        SeedTimes.TryDate(e.Date)?.Date is { } date ? (date.EarliestDay, date.LatestDay) : null;
}
