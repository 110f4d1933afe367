using AzChina.Domain.Time;
using AzChina.Domain.Vocabularies;
using Files = AzChina.Domain.Seeds.SeedDataset.Files;

namespace AzChina.Domain.Seeds;

/// <summary>
/// The checks of places, projects and initiatives (issue 14), and of the places events and claims link:
/// ids unique and references known, vocabularies, parent places without a cycle, a basis for every parent
/// and place link (and what it rests on when not stated), every project status with a date and evidence.
/// Called by <see cref="SeedValidator"/>; every failure names file, record and field.
/// </summary>
internal static class PlaceChecks
{
    private static readonly string Stated = Vocabulary<LocationBasis>.Name(LocationBasis.Stated);
    private static readonly string Disputed = Vocabulary<Assertion>.Name(Assertion.Disputed);

    public static void Validate(List<SeedError> errors, SeedDataset data, Known known)
    {
        var places = data.Places ?? [];
        foreach (var p in places) Place(new RecordCheck(errors, Files.Places, p.Id), p, known);
        ParentCycles(errors, places);
        foreach (var p in data.Projects ?? []) Project(new RecordCheck(errors, Files.Projects, p.Id), p, known);
        foreach (var i in data.Initiatives ?? []) Initiative(new RecordCheck(errors, Files.Initiatives, i.Id), i, known);
        foreach (var e in data.Events) PlaceLinks(new RecordCheck(errors, Files.Events, e.Id), e.Places, known.Places);
        foreach (var c in data.Claims) PlaceLinks(new RecordCheck(errors, Files.Claims, c.Id), c.Places, known.Places);
    }

    /// <summary>The ids every reference is checked against.</summary>
    public sealed record Known(
        ISet<string> Sources, ISet<string> Actors, ISet<string> Events, ISet<string> Agreements, ISet<string> Claims,
        ISet<string> Metrics, ISet<string> Places, ISet<string> Projects, ISet<string> Initiatives);

    private static void Place(RecordCheck check, SeedPlace p, Known known)
    {
        check.Lengths(p);
        check.Required("name", p.Name);
        check.InVocabulary<PlaceKind>("kind", p.Kind, required: true);
        check.CountryCode("country", p.Country);
        for (var i = 0; i < (p.Aliases?.Count ?? 0); i++) check.Required($"aliases[{i}]", p.Aliases![i]);
        if (p.Parent is null)
        {
            if (p.ParentBasis is not null) check.Fail("parentBasis", "goes only with a parent");
        }
        else
        {
            if (p.Parent == p.Id) check.Fail("parent", "a place is not its own parent");
            else check.Reference("parent", p.Parent, known.Places, "place", required: true);
            Basis(check, "parentBasis", p.ParentBasis, "parentNote", p.ParentNote);
        }
        check.Evidence(p.Evidence, known.Sources);
        AttributionChecks.EvidenceSpeakers(check, p.Evidence, known.Actors);
    }

    /// <summary>Parent places form a tree: following parents from any place never comes back to it.</summary>
    private static void ParentCycles(List<SeedError> errors, IReadOnlyList<SeedPlace> places)
    {
        var parents = places.Where(p => p.Id is not null).GroupBy(p => p.Id!).ToDictionary(g => g.Key, g => g.First().Parent, StringComparer.Ordinal);
        foreach (var p in places.Where(p => p.Id is not null && p.Parent != p.Id))
        {
            var path = new List<string> { p.Id! };
            for (var next = parents.GetValueOrDefault(p.Id!); next is not null && parents.ContainsKey(next); next = parents[next])
            {
                if (next == p.Id)
                {
                    new RecordCheck(errors, Files.Places, p.Id).Fail("parent", $"forms a cycle: {string.Join(" → ", path.Append(next))}");
                    break;
                }
                if (path.Contains(next)) break; // a cycle further up, reported on its own places
                path.Add(next);
            }
        }
    }

    private static void Project(RecordCheck check, SeedProject p, Known known)
    {
        check.Lengths(p);
        check.Required("title", p.Title);
        check.InVocabulary<ProjectKind>("kind", p.Kind, required: true);
        check.InVocabulary<Topic>("sector", p.Sector, required: true);
        for (var i = 0; i < (p.Aliases?.Count ?? 0); i++) check.Required($"aliases[{i}]", p.Aliases![i]);
        var statuses = p.Status ?? [];
        for (var i = 0; i < statuses.Count; i++)
        {
            var field = $"status[{i}]";
            var s = statuses[i];
            check.InVocabulary<ProjectStatus>($"{field}.status", s.Status, required: true);
            StatusDate(check, $"{field}.date", s.Date);
            check.Reference($"{field}.assertedBy", s.AssertedBy, known.Actors, "actor", required: false);
            NestedEvidence(check, field, "status", s.Evidence, known);
        }
        var actors = p.Actors ?? [];
        for (var i = 0; i < actors.Count; i++)
        {
            check.Reference($"actors[{i}].actorId", actors[i].ActorId, known.Actors, "actor", required: true);
            check.InVocabulary<ProjectActorRole>($"actors[{i}].role", actors[i].Role, required: true);
        }
        check.Duplicates("actors", actors.Select(a => $"{a.ActorId} as {a.Role}"));
        PlaceLinks(check, p.Places, known.Places);
        EventLinks(check, p.Events, known.Events);
        var agreements = p.Agreements ?? [];
        for (var i = 0; i < agreements.Count; i++)
        {
            check.Reference($"agreements[{i}].agreementId", agreements[i].AgreementId, known.Agreements, "agreement", required: true);
            check.InVocabulary<ProjectAgreementRole>($"agreements[{i}].role", agreements[i].Role, required: true);
        }
        References(check, "claims", p.Claims, known.Claims, "claim");
        References(check, "initiatives", p.Initiatives, known.Initiatives, "initiative");
        check.Evidence(p.Evidence, known.Sources);
        AttributionChecks.EvidenceSpeakers(check, p.Evidence, known.Actors);
    }

    private static void Initiative(RecordCheck check, SeedInitiative i, Known known)
    {
        check.Lengths(i);
        check.Required("name", i.Name);
        check.InVocabulary<InitiativeKind>("kind", i.Kind, required: true);
        for (var k = 0; k < (i.Aliases?.Count ?? 0); k++) check.Required($"aliases[{k}]", i.Aliases![k]);
        EventLinks(check, i.Events, known.Events);
        References(check, "claims", i.Claims, known.Claims, "claim");
        References(check, "metrics", i.Metrics, known.Metrics, "metric");
        PlaceLinks(check, i.Places, known.Places);
        var framings = i.Framings ?? [];
        for (var k = 0; k < framings.Count; k++)
        {
            var field = $"framings[{k}]";
            var f = framings[k];
            if (f.Id is null || !Identifiers.IsSlug(f.Id)) check.Fail($"{field}.id", $"'{TextLimits.Shown(f.Id)}' is not a slug");
            check.Required($"{field}.side", f.Side);
            check.Required($"{field}.summary", f.Summary);
            check.Reference($"{field}.framedBy", f.FramedBy, known.Actors, "actor", required: false);
            check.Reference($"{field}.eventId", f.EventId, known.Events, "event", required: false);
            check.InVocabulary<Assertion>($"{field}.assertion", f.Assertion, required: true);
            var disputedBy = f.DisputedBy ?? [];
            if (f.Assertion == Disputed && disputedBy.Count == 0) check.Fail($"{field}.disputedBy", "a disputed framing names the event(s) that dispute it");
            if (f.Assertion != Disputed && disputedBy.Count > 0) check.Fail($"{field}.disputedBy", "only a disputed framing names what disputes it");
            for (var d = 0; d < disputedBy.Count; d++) check.Reference($"{field}.disputedBy[{d}]", disputedBy[d], known.Events, "event", required: true);
            NestedEvidence(check, field, "framing", f.Evidence, known);
        }
        check.Duplicates("framings", framings.Select(f => f.Id));
        check.Evidence(i.Evidence, known.Sources);
        AttributionChecks.EvidenceSpeakers(check, i.Evidence, known.Actors);
    }

    public static void PlaceLinks(RecordCheck check, IReadOnlyList<SeedPlaceLink>? links, ISet<string> placeIds)
    {
        var list = links ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            var field = $"places[{i}]";
            check.Reference($"{field}.placeId", list[i].PlaceId, placeIds, "place", required: true);
            check.InVocabulary<PlaceRole>($"{field}.role", list[i].Role, required: true);
            Basis(check, $"{field}.basis", list[i].Basis, null, null);
        }
        check.Duplicates("places", list.Select(l => $"{l.PlaceId} as {l.Role}"));
    }

    private static void EventLinks(RecordCheck check, IReadOnlyList<SeedEventLink>? links, ISet<string> eventIds)
    {
        var list = links ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            check.Reference($"events[{i}].eventId", list[i].EventId, eventIds, "event", required: true);
            check.InVocabulary<RecordEventRole>($"events[{i}].role", list[i].Role, required: true);
        }
        check.Duplicates("events", list.Select(l => $"{l.EventId} as {l.Role}"));
    }

    /// <summary>How a place is known; a parent that is not stated says what it rests on.</summary>
    private static void Basis(RecordCheck check, string field, string? basis, string? noteField, string? note)
    {
        check.InVocabulary<LocationBasis>(field, basis, required: true);
        if (noteField is not null && basis is not null && basis != Stated && string.IsNullOrWhiteSpace(note))
            check.Fail(noteField, $"a {basis} parent says what it rests on");
    }

    private static void References(RecordCheck check, string field, IReadOnlyList<string?>? ids, ISet<string> known, string kind)
    {
        var list = ids ?? [];
        for (var i = 0; i < list.Count; i++) check.Reference($"{field}[{i}]", list[i], known, kind, required: true);
        check.Duplicates(field, list);
    }

    /// <summary>A status's date in the time model ({ edtf, kind?, known, basis? }): the same checks as every record's date.</summary>
    private static void StatusDate(RecordCheck check, string field, SeedDate? date)
    {
        if (date is null) { check.Fail(field, "is required: every status has its date { edtf, kind?, known, basis? }; one the documents do not give is { \"edtf\": \"/\", \"known\": \"not_given\" }"); return; }
        check.RecordDate(field, date);
    }

    /// <summary>The evidence of a status or a framing, held to the rules of a record's own: a known source, a quote within the length limit, speakers who are actors.</summary>
    private static void NestedEvidence(RecordCheck check, string field, string what, IReadOnlyList<SeedEvidence>? evidence, Known known)
    {
        if (evidence is null || evidence.Count == 0)
        {
            check.Fail($"{field}.evidence", $"every {what} needs its evidence: at least one {{ sourceId, quote }}");
            return;
        }
        for (var k = 0; k < evidence.Count; k++)
        {
            check.Reference($"{field}.evidence[{k}].sourceId", evidence[k].SourceId, known.Sources, "source", required: true);
            if (check.Required($"{field}.evidence[{k}].quote", evidence[k].Quote) && evidence[k].Quote!.Length > Quote.MaxLength)
                check.Fail($"{field}.evidence[{k}].quote", $"is {evidence[k].Quote!.Length} characters; quotes are at most {Quote.MaxLength}");
        }
        AttributionChecks.EvidenceSpeakers(check, evidence, known.Actors);
    }
}
