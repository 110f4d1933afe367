using AzChina.Domain.Vocabularies;
using Files = AzChina.Domain.Seeds.SeedDataset.Files;

namespace AzChina.Domain.Seeds;

/// <summary>
/// Whether each quote supports the part of its record it is attached to, as far as a machine can tell without
/// the documents (issue 13, item 6). A verbatim quote can still be beside the point (review §3: four were); these
/// checks tie the attributed parts of a record to its quotes:
/// <list type="bullet">
/// <item>an evidence item's speaker is named (name, surname or alias) in that quote or in another quote of the record from the same source;</item>
/// <item>an event's speaker, and a claimed record's asserter, are named in one of the record's quotes;</item>
/// <item>a claim's assertedBy is named in one of its quotes (the claim's stated figure must already be in one: SeedValidator);</item>
/// <item>a location whose basis is stated is named in one of the record's quotes.</item>
/// </list>
/// The review of every quote, document by document, is in docs/quote-review.md.
/// </summary>
public static class QuoteSupport
{
    private static readonly string Claimed = Vocabulary<Assertion>.Name(Assertion.Claimed);
    private static readonly string Person = Vocabulary<ActorKind>.Name(ActorKind.Person);
    private static readonly string Stated = Vocabulary<LocationBasis>.Name(LocationBasis.Stated);

    public static IReadOnlyList<SeedError> Check(SeedDataset data)
    {
        var errors = new List<SeedError>();
        // GroupBy, not ToDictionary: a duplicate actor id (which the validator reports) must not throw here.
        var names = data.Actors.Where(a => a.Id is not null).GroupBy(a => a.Id!).ToDictionary(g => g.Key, g => NamesOf(g.First()));

        foreach (var e in data.Events)
        {
            var check = new RecordCheck(errors, Files.Events, e.Id);
            var evidence = e.Evidence ?? [];
            Speakers(check, evidence, names);
            Named(check, "speaker", e.Speaker, evidence, names);
            if (e.Assertion == Claimed) Named(check, "assertedBy", e.AssertedBy, evidence, names);
            StatedLocation(check, e.Location, e.LocationBasis, evidence);
        }
        foreach (var a in data.Agreements)
        {
            var check = new RecordCheck(errors, Files.Agreements, a.Id);
            var evidence = a.Evidence ?? [];
            Speakers(check, evidence, names);
            if (a.Assertion == Claimed) Named(check, "assertedBy", a.AssertedBy, evidence, names);
            StatedLocation(check, a.Location, a.LocationBasis, evidence);
        }
        foreach (var c in data.Claims)
        {
            var check = new RecordCheck(errors, Files.Claims, c.Id);
            var evidence = c.Evidence ?? [];
            Speakers(check, evidence, names);
            Named(check, "assertedBy", c.AssertedBy, evidence, names);
        }
        PlaceRecords(errors, data, names);
        return errors;
    }

    /// <summary>
    /// Places, projects and initiatives (issue 14): speakers named as elsewhere; a place is named (name or alias)
    /// in one of its own quotes; a place any record links as stated is named in one of that record's quotes.
    /// </summary>
    private static void PlaceRecords(List<SeedError> errors, SeedDataset data, IReadOnlyDictionary<string, IReadOnlyList<string>> names)
    {
        var placeNames = (data.Places ?? []).Where(p => p.Id is not null)
            .ToDictionary(p => p.Id!, p => (IReadOnlyList<string>)[.. new[] { p.Name }.Concat(p.Aliases ?? []).OfType<string>()]);
        foreach (var p in data.Places ?? [])
        {
            var check = new RecordCheck(errors, Files.Places, p.Id);
            Speakers(check, p.Evidence ?? [], names);
            if (p.Id is not null && placeNames.TryGetValue(p.Id, out var own) && !(p.Evidence ?? []).Any(q => NamesAny(q.Quote, own)))
                check.Fail("evidence", $"none of the quotes names '{p.Name}' or one of its aliases");
        }
        foreach (var p in data.Projects ?? [])
        {
            var check = new RecordCheck(errors, Files.Projects, p.Id);
            var evidence = p.Evidence ?? [];
            Speakers(check, evidence, names);
            StatedPlaces(check, p.Places, evidence, placeNames);
            foreach (var (s, i) in (p.Status ?? []).Select((s, i) => (s, i)))
            {
                Speakers(new RecordCheck(errors, Files.Projects, p.Id), s.Evidence ?? [], names);
                Named(check, $"status[{i}].assertedBy", s.AssertedBy, s.Evidence ?? [], names);
            }
        }
        foreach (var e in data.Events) StatedPlaces(new RecordCheck(errors, Files.Events, e.Id), e.Places, e.Evidence ?? [], placeNames);
        foreach (var c in data.Claims) StatedPlaces(new RecordCheck(errors, Files.Claims, c.Id), c.Places, c.Evidence ?? [], placeNames);
        foreach (var n in data.Initiatives ?? [])
        {
            var check = new RecordCheck(errors, Files.Initiatives, n.Id);
            Speakers(check, n.Evidence ?? [], names);
            StatedPlaces(check, n.Places, n.Evidence ?? [], placeNames);
            foreach (var f in n.Framings ?? []) Speakers(check, f.Evidence ?? [], names);
        }
    }

    private static void StatedPlaces(RecordCheck check, IReadOnlyList<SeedPlaceLink>? links, IReadOnlyList<SeedEvidence> evidence,
        IReadOnlyDictionary<string, IReadOnlyList<string>> placeNames)
    {
        foreach (var (link, i) in (links ?? []).Select((l, i) => (l, i)))
            if (link.Basis == "stated" && link.PlaceId is not null && placeNames.TryGetValue(link.PlaceId, out var named) && !evidence.Any(q => NamesAny(q.Quote, named)))
                check.Fail($"places[{i}]", $"'{link.PlaceId}' is stated, but none of the record's quotes names it");
    }

    /// <summary>How a quote may name an actor: its name, the last word of a person's name (the surname), its aliases.</summary>
    public static IReadOnlyList<string> NamesOf(SeedActor actor)
    {
        var names = new List<string>();
        if (actor.Name is not null)
        {
            names.Add(actor.Name);
            if (actor.Kind == Person && actor.Name.Contains(' ')) names.Add(actor.Name[(actor.Name.LastIndexOf(' ') + 1)..]);
        }
        names.AddRange((actor.Aliases ?? []).OfType<string>());
        return names;
    }

    private static void Speakers(RecordCheck check, IReadOnlyList<SeedEvidence> evidence, IReadOnlyDictionary<string, IReadOnlyList<string>> names)
    {
        for (var i = 0; i < evidence.Count; i++)
        {
            var speaker = evidence[i].Speaker;
            if (speaker is null || !names.TryGetValue(speaker, out var spoken)) continue;
            // A direct quotation often follows the sentence that names its speaker ("he said"): same source, same record.
            var sameSource = evidence.Where(q => q.SourceId == evidence[i].SourceId);
            if (!sameSource.Any(q => NamesAny(q.Quote, spoken)))
                check.Fail($"evidence[{i}].speaker", $"'{speaker}' is named in none of the record's quotes from '{evidence[i].SourceId}'");
        }
    }

    private static void Named(RecordCheck check, string field, string? actorId, IReadOnlyList<SeedEvidence> evidence, IReadOnlyDictionary<string, IReadOnlyList<string>> names)
    {
        if (actorId is null || !names.TryGetValue(actorId, out var spoken)) return;
        if (!evidence.Any(q => NamesAny(q.Quote, spoken)))
            check.Fail(field, $"'{actorId}' is named in none of the record's quotes");
    }

    // "Baku, Azerbaijan": the place is the first part; the country after the comma is its country, not a second place.
    private static void StatedLocation(RecordCheck check, string? location, string? basis, IReadOnlyList<SeedEvidence> evidence)
    {
        if (location is null || basis != Stated) return;
        var place = location.Split(',')[0].Trim();
        if (!evidence.Any(q => q.Quote is not null && ContainsWord(Quote.NormalizeWhitespace(q.Quote), place)))
            check.Fail("location", $"'{place}' is stated, but none of the record's quotes names it");
    }

    private static bool NamesAny(string? quote, IReadOnlyList<string> names) =>
        quote is not null && names.Any(n => ContainsWord(Quote.NormalizeWhitespace(quote), n));

    // As a whole word: "Xi" must not be found in "Xinhua".
    public static bool ContainsWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]))) return true;
        }
        return false;
    }
}
