using System.ComponentModel;
using AzChina.Domain.Time;
using AzChina.Domain.Vocabularies;

namespace AzChina.Api.Shared;

// A record's time as served (issue 13, items 1 and 5; docs/time-model.md). Each end is given as its first
// day and its precision, so that a client need not parse EDTF; both are null when the end is open or unknown.

/// <summary>When an event or agreement happened, no more precisely than its documents say, and how that is known.</summary>
public sealed record DateDetail(
    [property: Description("The date in EDTF (ISO 8601-2): 2025-04-23, 2025-04 or 2025 (single); 2025-04-22/.. (range with no end given); ../2026-01-10 (bounded: on or before); / (unknown).")] string Edtf,
    [property: Description("single (a day, month or year), range (it lasted from start to end), bounded (it happened on some day between start and end) or unknown.")] DateKind Kind,
    [property: Description("How the date is known: stated by the document, resolved from its text (\"last year\" + the publication date; see basis), or not_given (then it is bounded or unknown).")] DateKnowledge Known,
    [property: Description("The reasoning of a resolved date, or where the bounds of a date not given come from; null for a stated date.")] string? Basis,
    [property: Description("First day of the start as given (YYYY-MM-DD; read with startPrecision); null when open or unknown.")] DateOnly? Start,
    DatePrecision? StartPrecision,
    [property: Description("First day of the end as given (YYYY-MM-DD; read with endPrecision: 2025-04-01 with month is April 2025); the same as start for a single date; null when open or unknown.")] DateOnly? End,
    DatePrecision? EndPrecision);

/// <summary>The columns every date is read from, aliased to <see cref="DateDetail"/>'s properties; a query splits on Edtf.</summary>
internal static class DateSql
{
    public static string Columns(string table) => $"""
        {table}.date_edtf AS Edtf, {table}.date_kind AS Kind, {table}.date_known AS Known, {table}.date_basis AS Basis,
        {table}.date_start AS Start, {table}.date_start_precision AS StartPrecision, {table}.date_end AS "End",
        {table}.date_end_precision AS EndPrecision
        """;

    public const string SplitOn = "Edtf";
}
