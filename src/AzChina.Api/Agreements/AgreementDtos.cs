using System.ComponentModel;
using System.Text.Json.Serialization;
using AzChina.Api.Shared;
using AzChina.Domain.Vocabularies;

namespace AzChina.Api.Agreements;

/// <summary>A declaration, agreement, protocol or joint project: signed, agreed, anticipated or announced.</summary>
public sealed record AgreementSummary(
    [property: JsonPropertyOrder(-2)] string Id,
    string Title,
    AgreementKind Kind,
    [property: Description("signed, agreed (settled, not yet signed), anticipated (expected to be signed) or announced.")] AgreementStatus Status,
    string? Location,
    string? LocationCountry,
    [property: Description("Id of the event it belongs to (a visit, a commission session), if any.")] string? EventId,
    string? Summary,
    [property: JsonPropertyOrder(2)] Assertion Assertion,
    [property: JsonPropertyOrder(2)] string? AssertedBy)
{
    [JsonPropertyOrder(-1), Description("When it was signed, agreed, announced or is expected, as exactly as the documents say: unknown (edtf '/') when they give no date.")]
    public DateDetail Date { get; init; } = null!;

    // The columns come from the agreement's row; the parties from a query of their own, for a page at a time.
    [JsonPropertyOrder(1)] public IReadOnlyList<ActorLink> Parties { get; init; } = [];
}

public sealed record AgreementDetail(
    [property: JsonPropertyOrder(-2)] string Id,
    string Title,
    AgreementKind Kind,
    AgreementStatus Status,
    [property: Description("What else a reader should know about the date (not its reasoning, which is date.basis).")] string? DateNote,
    string? Location,
    string? LocationCountry,
    string? Summary,
    [property: JsonPropertyOrder(2)] Assertion Assertion,
    [property: JsonPropertyOrder(2)] string? AssertedBy)
{
    [JsonPropertyOrder(-1)] public DateDetail Date { get; init; } = null!;

    [JsonPropertyOrder(1)] public IReadOnlyList<ActorLink> Parties { get; init; } = [];

    [JsonPropertyOrder(1), Description("The event it belongs to, if any.")] public EventLink? Event { get; init; }

    [JsonPropertyOrder(3)] public IReadOnlyList<Evidence> Evidence { get; init; } = [];
}

internal static class AgreementCsv
{
    public static readonly Csv.CsvColumns<AgreementSummary> Columns = new(
        [("id", a => a.Id), ("title", a => a.Title), ("kind", a => a.Kind), ("status", a => a.Status), .. Csv.DateCsv.Columns<AgreementSummary>(a => a.Date),
        ("location", a => a.Location),
        ("locationCountry", a => a.LocationCountry), ("eventId", a => a.EventId), ("summary", a => a.Summary),
        ("parties", a => a.Parties.Select(p => p.Id)), ("assertion", a => a.Assertion), ("assertedBy", a => a.AssertedBy)]);
}
