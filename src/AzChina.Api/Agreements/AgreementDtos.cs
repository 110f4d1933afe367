using System.ComponentModel;
using AzChina.Domain.Vocabularies;

namespace AzChina.Api.Agreements;

/// <summary>A declaration, agreement, protocol or joint project: signed, agreed, anticipated or announced.</summary>
public sealed record AgreementSummary(
    string Id,
    string Title,
    AgreementKind Kind,
    [property: Description("signed, agreed (settled, not yet signed), anticipated (expected to be signed) or announced.")] AgreementStatus Status,
    [property: Description("First day of the date it was signed or is expected (YYYY-MM-DD); null when no source dates it.")] DateOnly? Date,
    DatePrecision? DatePrecision,
    bool DateInferred,
    string? Location,
    string? LocationCountry,
    [property: Description("Id of the event it belongs to (a visit, a commission session), if any.")] string? EventId,
    string? Summary,
    IReadOnlyList<ActorLink> Parties,
    Assertion Assertion,
    string? AssertedBy);

public sealed record AgreementDetail(
    string Id,
    string Title,
    AgreementKind Kind,
    AgreementStatus Status,
    DateOnly? Date,
    DatePrecision? DatePrecision,
    bool DateInferred,
    string? DateNote,
    string? Location,
    string? LocationCountry,
    string? Summary,
    IReadOnlyList<ActorLink> Parties,
    [property: Description("The event it belongs to, if any.")] EventLink? Event,
    Assertion Assertion,
    string? AssertedBy,
    IReadOnlyList<Evidence> Evidence);

// The columns of an agreement, which Dapper cannot put into AgreementSummary or AgreementDetail: their
// constructors also take the parties and evidence, which come from queries of their own.
internal sealed record AgreementRow(
    string Id, string Title, AgreementKind Kind, AgreementStatus Status, DateOnly? Date, DatePrecision? DatePrecision, bool DateInferred,
    string? DateNote, string? Location, string? LocationCountry, string? EventId, string? Summary, Assertion Assertion, string? AssertedBy);

internal static class AgreementCsv
{
    public static readonly Csv.CsvColumns<AgreementSummary> Columns = new(
        ("id", a => a.Id), ("title", a => a.Title), ("kind", a => a.Kind), ("status", a => a.Status), ("date", a => a.Date),
        ("datePrecision", a => a.DatePrecision), ("dateInferred", a => a.DateInferred), ("location", a => a.Location),
        ("locationCountry", a => a.LocationCountry), ("eventId", a => a.EventId), ("summary", a => a.Summary),
        ("parties", a => a.Parties.Select(p => p.Id)), ("assertion", a => a.Assertion), ("assertedBy", a => a.AssertedBy));
}
