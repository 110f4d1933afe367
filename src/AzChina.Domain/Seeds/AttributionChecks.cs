using AzChina.Domain.Vocabularies;
using Files = AzChina.Domain.Seeds.SeedDataset.Files;

namespace AzChina.Domain.Seeds;

/// <summary>
/// The conventions of issue 13 on who said what, where and in which direction (seeds/README.md, "Who said it",
/// "Locations", "Direction"): an utterance names its speaker and is not claimed by that speaker, a place says
/// how it is known, a document's own term for an event is quoted, and a claim's reporter and partner follow
/// its metric's direction.
/// </summary>
internal static class AttributionChecks
{
    private static readonly string Claimed = Vocabulary<Assertion>.Name(Assertion.Claimed);

    public static void Event(RecordCheck check, SeedEvent e, ISet<string> actorIds, ISet<string> sourceIds)
    {
        check.Reference("speaker", e.Speaker, actorIds, "actor", required: false);
        if (Vocabulary<EventType>.TryParse(e.Type, out var type))
        {
            // "Did X say it" is the event; "is it true" is X's claim: an utterance without its speaker mixes the two (review C7).
            if (Utterances.Types.Contains(type) && e.Speaker is null)
                check.Fail("speaker", $"a {e.Type} is an utterance: name its speaker (an actor id)");
            if (!Utterances.MayNameSpeaker(type) && e.Speaker is not null)
                check.Fail("speaker", $"only an utterance ({string.Join(", ", Utterances.Types.Select(Vocabulary<EventType>.Name))}) or an interview names a speaker, not a {e.Type}");
        }
        if (e.Speaker is not null && e.Participants is not null && e.Participants.All(p => p.ActorId != e.Speaker))
            check.Fail("speaker", $"'{e.Speaker}' is not one of the event's participants");
        if (e.Speaker is not null && e.Assertion == Claimed && e.AssertedBy == e.Speaker)
            check.Fail("assertedBy", $"the outlet reports that '{e.Speaker}' said it: the utterance is reported, not claimed by its own speaker; " +
                                     "record what the speaker asserts as a claim or agreement assertedBy the speaker");
        Location(check, e.Location, e.LocationCountry, e.LocationBasis, e.LocationNote);
        TypeTerms(check, e, sourceIds);
        EvidenceSpeakers(check, e.Evidence, actorIds);
    }

    public static void Agreement(RecordCheck check, SeedAgreement a, ISet<string> actorIds)
    {
        Location(check, a.Location, a.LocationCountry, a.LocationBasis, a.LocationNote);
        EvidenceSpeakers(check, a.Evidence, actorIds);
    }

    public static void EvidenceSpeakers(RecordCheck check, IReadOnlyList<SeedEvidence>? evidence, ISet<string> actorIds)
    {
        for (var i = 0; i < (evidence?.Count ?? 0); i++)
            check.Reference($"evidence[{i}].speaker", evidence![i].Speaker, actorIds, "actor", required: false);
    }

    // A place without its basis reads as stated; a basis without a place says nothing (review C11).
    private static void Location(RecordCheck check, string? location, string? country, string? basis, string? note)
    {
        var placed = location is not null || country is not null;
        check.InVocabulary<LocationBasis>("locationBasis", basis, required: placed);
        if (!placed && basis is not null) check.Fail("locationBasis", "a record without location or locationCountry has no locationBasis");
        if (basis is not null && basis != Vocabulary<LocationBasis>.Name(LocationBasis.Stated) && string.IsNullOrWhiteSpace(note))
            check.Fail("locationNote", $"a location that is {basis} says in locationNote what it rests on");
    }

    // Each term is a document's own word for the event, so it must be in one of that document's quotes on the record.
    private static void TypeTerms(RecordCheck check, SeedEvent e, ISet<string> sourceIds)
    {
        var terms = e.TypeTerms ?? [];
        for (var i = 0; i < terms.Count; i++)
        {
            check.InVocabulary<EventType>($"typeTerms[{i}].type", terms[i].Type, required: true);
            check.Reference($"typeTerms[{i}].sourceId", terms[i].SourceId, sourceIds, "source", required: true);
            if (!check.Required($"typeTerms[{i}].term", terms[i].Term)) continue;
            var quoted = (e.Evidence ?? []).Any(q => q.SourceId == terms[i].SourceId && q.Quote is not null &&
                Quote.NormalizeWhitespace(q.Quote).Contains(Quote.NormalizeWhitespace(terms[i].Term!), StringComparison.OrdinalIgnoreCase));
            if (!quoted) check.Fail($"typeTerms[{i}].term", $"'{terms[i].Term}' does not appear in the record's quotes from '{terms[i].SourceId}'");
        }
    }

    public static void Metric(RecordCheck check, SeedMetric m)
    {
        check.InVocabulary<MetricDirection>("direction", m.Direction, required: true);
        check.CountryCode("reporter", m.Reporter);
        check.CountryCode("partner", m.Partner);
        if (Vocabulary<MetricDirection>.TryParse(m.Direction, out var direction) &&
            direction is MetricDirection.Country or MetricDirection.Subject && m.Partner is not null)
            check.Fail("partner", $"a {m.Direction} metric has no partner");
    }

    /// <summary>Each claim's reporter, partner and subject against its metric's direction (review C3, section 5.6).</summary>
    public static void ClaimDirections(List<SeedError> errors, IReadOnlyList<SeedMetric> metrics, IReadOnlyList<SeedClaim> claims)
    {
        var byName = metrics.Where(m => m.Name is not null).GroupBy(m => m.Name!).ToDictionary(g => g.Key, g => g.First());
        foreach (var c in claims)
        {
            if (c.Metric is null || !byName.TryGetValue(c.Metric, out var m) || !Vocabulary<MetricDirection>.TryParse(m.Direction, out var direction)) continue;
            var check = new RecordCheck(errors, Files.Claims, c.Id);
            var convention = $"metric '{m.Name}' is {m.Direction}";
            switch (direction)
            {
                case MetricDirection.Pair:
                    if (c.Reporter is null || c.Partner is null) check.Fail(c.Reporter is null ? "reporter" : "partner", $"{convention}: a claim names both countries");
                    break;
                case MetricDirection.Flow:
                    // The origin may be unknown (the seedlings "sent to Khojaly"); the destination is what a flow is to.
                    if (c.Partner is null) check.Fail("partner", $"{convention}: a claim names the destination (partner); the origin (reporter) may be null where the document gives none");
                    break;
                case MetricDirection.Country:
                    if (c.Reporter is null) check.Fail("reporter", $"{convention}: a claim names the country it is about (reporter)");
                    if (c.Partner is not null) check.Fail("partner", $"{convention}: a claim has no partner");
                    break;
                case MetricDirection.Subject:
                    if (c.Subject is null) check.Fail("subject", $"{convention}: a claim names the actor it is about (subject)");
                    if (c.Reporter is not null || c.Partner is not null) check.Fail(c.Reporter is not null ? "reporter" : "partner", $"{convention}: a claim has no reporter or partner");
                    break;
            }
            if (c.Reporter is not null && c.Reporter == c.Partner) check.Fail("partner", $"is the reporter '{c.Reporter}' again: a {m.Direction} runs between two countries");
            if (m.Reporter is not null && c.Reporter != m.Reporter) check.Fail("reporter", $"{convention} with reporter {m.Reporter}; got '{c.Reporter}'");
            if (m.Partner is not null && c.Partner != m.Partner) check.Fail("partner", $"{convention} with partner {m.Partner}; got '{c.Partner}'");
        }
    }
}
