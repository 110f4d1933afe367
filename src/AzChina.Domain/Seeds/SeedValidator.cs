using System.Text.RegularExpressions;
using AzChina.Domain.Time;
using AzChina.Domain.Vocabularies;
using Files = AzChina.Domain.Seeds.SeedDataset.Files;

namespace AzChina.Domain.Seeds;

/// <summary>
/// Checks a whole seed dataset before it is loaded: ids, vocabularies, dates, references between
/// records and evidence. Returns every problem found, not just the first, so a curator fixes a file
/// in one pass.
/// </summary>
public static partial class SeedValidator
{
    public static IReadOnlyList<SeedError> Validate(SeedDataset data)
    {
        var errors = new List<SeedError>();
        var sourceIds = UniqueIds(errors, Files.Sources, data.Sources.Select(s => s.Id));
        var actorIds = UniqueIds(errors, Files.Actors, data.Actors.Select(a => a.Id));
        var eventIds = UniqueIds(errors, Files.Events, data.Events.Select(e => e.Id));
        var agreementIds = UniqueIds(errors, Files.Agreements, data.Agreements.Select(a => a.Id));
        var claimIds = UniqueIds(errors, Files.Claims, data.Claims.Select(c => c.Id));
        var metricNames = UniqueNames(errors, data.Metrics);

        foreach (var s in data.Sources) ValidateSource(errors, s);
        foreach (var a in data.Actors) ValidateActor(errors, a, sourceIds);
        foreach (var e in data.Events) ValidateEvent(errors, e, actorIds, sourceIds);
        foreach (var a in data.Agreements) ValidateAgreement(errors, a, actorIds, sourceIds);
        foreach (var m in data.Metrics) ValidateMetric(errors, m);
        foreach (var c in data.Claims) ValidateClaim(errors, c, metricNames, actorIds, sourceIds);
        DuplicateClaims(errors, data.Claims);
        LinkValidator.Validate(errors, data, actorIds, eventIds);
        AttributionChecks.ClaimDirections(errors, data.Metrics, data.Claims);
        PlaceChecks.Validate(errors, data, new PlaceChecks.Known(
            sourceIds, actorIds, eventIds, agreementIds, claimIds, metricNames,
            UniqueIds(errors, Files.Places, (data.Places ?? []).Select(p => p.Id)),
            UniqueIds(errors, Files.Projects, (data.Projects ?? []).Select(p => p.Id)),
            UniqueIds(errors, Files.Initiatives, (data.Initiatives ?? []).Select(i => i.Id))));
        return errors;
    }

    private static void ValidateSource(List<SeedError> errors, SeedSource s)
    {
        var check = new RecordCheck(errors, Files.Sources, s.Id);
        check.Lengths(s);
        check.Required("document", s.Document);
        // The document's version the quotes were taken from: another version fails the quote check by name.
        if (check.Required("sha256", s.Sha256) && !Sha256Hex().IsMatch(s.Sha256!))
            check.Fail("sha256", $"'{s.Sha256}' is not a SHA-256 (64 lower-case hexadecimal digits)");
        check.Required("outlet", s.Outlet);
        if (check.Required("publishedOn", s.PublishedOn) && !(PartialDate.TryParse(s.PublishedOn, out var d) && d.Precision == DatePrecision.Day))
            check.Fail("publishedOn", $"'{s.PublishedOn}' is not a date (YYYY-MM-DD)");
    }

    private static void ValidateActor(List<SeedError> errors, SeedActor a, ISet<string> sourceIds)
    {
        var check = new RecordCheck(errors, Files.Actors, a.Id);
        check.Lengths(a);
        check.Required("name", a.Name);
        check.InVocabulary<ActorKind>("kind", a.Kind, required: true);
        check.CountryCode("country", a.Country);
        for (var i = 0; i < (a.Aliases?.Count ?? 0); i++) check.Required($"aliases[{i}]", a.Aliases![i]);
        check.Evidence(a.Evidence, sourceIds);
    }

    private static void ValidateEvent(List<SeedError> errors, SeedEvent e, ISet<string> actorIds, ISet<string> sourceIds)
    {
        var check = new RecordCheck(errors, Files.Events, e.Id);
        check.Lengths(e);
        check.RecordDate("date", e.Date);
        check.InVocabulary<EventType>("type", e.Type, required: true);
        check.Required("title", e.Title);
        check.CountryCode("locationCountry", e.LocationCountry);
        var participants = e.Participants ?? [];
        for (var i = 0; i < participants.Count; i++) check.Reference($"participants[{i}].actorId", participants[i].ActorId, actorIds, "actor", required: true);
        foreach (var duplicate in participants.GroupBy(p => p.ActorId).Where(g => g.Key is not null && g.Count() > 1))
            check.Fail("participants", $"actor '{duplicate.Key}' is listed more than once");
        var topics = e.Topics ?? [];
        for (var i = 0; i < topics.Count; i++) check.InVocabulary<Topic>($"topics[{i}]", topics[i], required: true);
        check.Attribution(e.Assertion, e.AssertedBy, actorIds);
        check.Evidence(e.Evidence, sourceIds);
        AttributionChecks.Event(check, e, actorIds, sourceIds);
    }

    private static void ValidateAgreement(List<SeedError> errors, SeedAgreement a, ISet<string> actorIds, ISet<string> sourceIds)
    {
        var check = new RecordCheck(errors, Files.Agreements, a.Id);
        check.Lengths(a);
        check.Required("title", a.Title);
        check.InVocabulary<AgreementKind>("kind", a.Kind, required: true);
        check.InVocabulary<AgreementStatus>("status", a.Status, required: true);
        check.RecordDate("date", a.Date);
        check.CountryCode("locationCountry", a.LocationCountry);
        var parties = a.Parties ?? [];
        for (var i = 0; i < parties.Count; i++) check.Reference($"parties[{i}]", parties[i], actorIds, "actor", required: true);
        check.Attribution(a.Assertion, a.AssertedBy, actorIds);
        check.Evidence(a.Evidence, sourceIds);
        AttributionChecks.Agreement(check, a, actorIds);
    }

    private static void ValidateMetric(List<SeedError> errors, SeedMetric m)
    {
        var check = new RecordCheck(errors, Files.Metrics, m.Name);
        check.Lengths(m);
        if (m.Name is not null && !MetricName().IsMatch(m.Name)) check.Fail("name", $"'{m.Name}' is not a snake_case name");
        check.Required("label", m.Label);
        check.Required("description", m.Description);
        check.InVocabulary<Unit>("unit", m.Unit, required: true);
        AttributionChecks.Metric(check, m);
    }

    private static void ValidateClaim(List<SeedError> errors, SeedClaim c, ISet<string> metricNames, ISet<string> actorIds, ISet<string> sourceIds)
    {
        var check = new RecordCheck(errors, Files.Claims, c.Id);
        check.Lengths(c);
        check.Reference("metric", c.Metric, metricNames, "metric", required: true);
        var period = check.ClaimPeriod("period", c.Period);
        check.Span("span", c.Span, period);
        if (c.Value is null) check.Fail("value", "is required");
        else if (!double.IsFinite(c.Value.Value)) check.Fail("value", "must be a finite number");
        check.InVocabulary<Qualifier>("qualifier", c.Qualifier, required: true);
        check.CountryCode("reporter", c.Reporter);
        check.CountryCode("partner", c.Partner);
        check.Reference("subject", c.Subject, actorIds, "actor", required: false);
        check.Reference("assertedBy", c.AssertedBy, actorIds, "actor", required: false);
        check.Evidence(c.Evidence, sourceIds);
        AttributionChecks.EvidenceSpeakers(check, c.Evidence, actorIds);
        var evidence = c.Evidence ?? [];
        if (evidence.Select(e => e.SourceId).Distinct().Count() > 1)
            check.Fail("evidence", "a claim is one source's statement: its quotes must all come from one source");
        // The series shows a claim's first quote, so that is the one that must carry the figure; later quotes may
        // say who is speaking (QuoteSupport).
        if (check.Required("stated", c.Stated) && evidence.Count > 0 &&
            !(evidence[0].Quote is { } first && Quote.NormalizeWhitespace(first).Contains(Quote.NormalizeWhitespace(c.Stated!), StringComparison.Ordinal)))
            check.Fail("stated", $"'{c.Stated}' does not appear in the claim's first quote (the one its series shows)");
    }

    private static void DuplicateClaims(List<SeedError> errors, IReadOnlyList<SeedClaim> claims)
    {
        var groups = claims
            // Claims with no period are about no period in common, so never duplicates of each other.
            .Where(c => c.Evidence is { Count: > 0 } && c.Period?.Text is not null)
            .GroupBy(c => (c.Metric, c.Period?.Text, c.Reporter, c.Partner, c.Subject, c.Evidence![0].SourceId));
        foreach (var group in groups.Where(g => g.Count() > 1))
            new RecordCheck(errors, Files.Claims, group.Skip(1).First().Id).Fail("id",
                $"duplicates claim '{group.First().Id}' (same metric, period, direction and source): give one claim several quotes instead");
    }

    private static HashSet<string> UniqueIds(List<SeedError> errors, string file, IEnumerable<string?> ids)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var id in ids)
        {
            // Length first: the slug pattern and the message would otherwise run over the whole of a 10 MB id.
            if (id is { Length: > TextLimits.Id })
                errors.Add(new SeedError(file, TextLimits.Shown(id), "id", $"is {id.Length} characters; ids are at most {TextLimits.Id}"));
            else if (id is null || !Identifiers.IsSlug(id))
                errors.Add(new SeedError(file, id ?? $"#{index}", "id", $"'{id}' is not a slug (lower-case letters, digits and single hyphens)"));
            else if (!seen.Add(id))
                errors.Add(new SeedError(file, id, "id", "duplicate id"));
            index++;
        }
        return seen;
    }

    private static HashSet<string> UniqueNames(List<SeedError> errors, IReadOnlyList<SeedMetric> metrics)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < metrics.Count; i++)
        {
            var name = metrics[i].Name;
            if (name is null) errors.Add(new SeedError(Files.Metrics, $"#{i}", "name", "is required"));
            else if (!seen.Add(name)) errors.Add(new SeedError(Files.Metrics, TextLimits.Shown(name), "name", "duplicate metric name"));
        }
        return seen;
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$")]
    private static partial Regex MetricName();

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Hex();
}
