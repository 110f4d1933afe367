namespace AzChina.Domain.Seeds;

// The curated records exactly as written in seeds/*.json (see seeds/README.md). Everything is
// nullable here because these are untrusted input: SeedValidator says what is missing or wrong,
// naming the file, the record and the field, before anything reaches the database.

public sealed record SeedEvidence(
    string? SourceId, string? Quote,
    // The actor whose own words (in quotation marks) the quote carries; null for the outlet's own words or paraphrase.
    string? Speaker = null);

/// <summary>What one document calls an event ("state visit", "official visit"), where the documents disagree.</summary>
public sealed record SeedTypeTerm(string? Type, string? Term, string? SourceId);

public sealed record SeedSource(
    string? Id, string? Document, string? Outlet, string? Title, string? Author,
    string? PublishedOn, bool PublishedOnEstimated, string? Note, string? Sha256 = null,
    string? OutletId = null,
    string? AuthorId = null);

public sealed record SeedActor(
    string? Id, string? Name, string? Kind, string? Country, string? Role,
    IReadOnlyList<string?>? Aliases, IReadOnlyList<SeedEvidence>? Evidence,
    IReadOnlyList<SeedActorRole>? MemberOf = null);

public sealed record SeedParticipant(string? ActorId, string? Role);

/// <summary>An actor a record names with a role as the documents give it: one mentioned by an event, or a person's organisation.</summary>
public sealed record SeedActorRole(string? ActorId, string? Role);

/// <summary>An event an agreement names, and what the event was to it (signed_at, expected_at, ...).</summary>
public sealed record SeedAgreementEvent(string? EventId, string? Role);

public sealed record SeedEvent(
    string? Id, SeedDate? Date, string? DateNote, string? Type, string? Title, string? Summary,
    string? Location, string? LocationCountry, IReadOnlyList<SeedParticipant>? Participants, IReadOnlyList<string?>? Topics,
    string? Assertion, string? AssertedBy, IReadOnlyList<SeedEvidence>? Evidence,
    string? Status = null,
    string? PartOf = null,
    IReadOnlyList<string?>? DisputedBy = null,
    IReadOnlyList<SeedActorRole>? Mentions = null,
    string? Speaker = null,
    string? LocationBasis = null,
    string? LocationNote = null,
    IReadOnlyList<SeedTypeTerm>? TypeTerms = null,
    IReadOnlyList<SeedPlaceLink>? Places = null);

public sealed record SeedAgreement(
    string? Id, string? Title, string? Kind, string? Status, SeedDate? Date, string? DateNote,
    string? Location, string? LocationCountry, IReadOnlyList<string?>? Parties, string? Summary,
    string? Assertion, string? AssertedBy, IReadOnlyList<SeedEvidence>? Evidence,
    IReadOnlyList<SeedAgreementEvent>? Events = null,
    IReadOnlyList<string?>? DisputedBy = null,
    IReadOnlyList<SeedActorRole>? Mentions = null,
    string? LocationBasis = null,
    string? LocationNote = null);

public sealed record SeedMetric(
    string? Name, string? Label, string? Unit, string? Description,
    // What a claim's reporter and partner mean (MetricDirection), and the pair every claim of the metric has where it is fixed.
    string? Direction = null,
    string? Reporter = null,
    string? Partner = null);

/// <summary>One source's statement of one metric's value for one period.</summary>
public sealed record SeedClaim(
    string? Id, string? Metric, SeedPeriod? Period, string? Reporter, string? Partner, string? Subject,
    double? Value, string? Qualifier, string? Stated, string? AssertedBy, string? Note, IReadOnlyList<SeedEvidence>? Evidence,
    string? StatedAt = null,
    IReadOnlyList<SeedActorRole>? Mentions = null,
    SeedSpan? Span = null,
    IReadOnlyList<SeedPlaceLink>? Places = null);

public sealed record SeedDataset(
    IReadOnlyList<SeedSource> Sources,
    IReadOnlyList<SeedActor> Actors,
    IReadOnlyList<SeedEvent> Events,
    IReadOnlyList<SeedAgreement> Agreements,
    IReadOnlyList<SeedMetric> Metrics,
    IReadOnlyList<SeedClaim> Claims,
    IReadOnlyList<SeedPlace>? Places = null,
    IReadOnlyList<SeedProject>? Projects = null,
    IReadOnlyList<SeedInitiative>? Initiatives = null)
{
    /// <summary>The file each kind of record is read from, relative to the seeds folder.</summary>
    public static class Files
    {
        public const string Sources = "sources.json";
        public const string Actors = "actors.json";
        public const string Events = "events.json";
        public const string Agreements = "agreements.json";
        public const string Metrics = "metrics.json";
        public const string Claims = "claims.json";
        public const string Places = "places.json";
        public const string Projects = "projects.json";
        public const string Initiatives = "initiatives.json";
        public static IReadOnlyList<string> All { get; } = [Sources, Actors, Events, Agreements, Metrics, Claims, Places, Projects, Initiatives];
    }
}

/// <summary>What is wrong with one field of one seed record.</summary>
public sealed record SeedError(string File, string RecordId, string Field, string Problem)
{
    public override string ToString() => $"seeds/{File}: record '{RecordId}', field '{Field}': {Problem}";
}

public sealed class SeedValidationException(IReadOnlyList<SeedError> errors)
    : Exception("The seed data is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  " + e)))
{
    public IReadOnlyList<SeedError> Errors { get; } = errors;
}
