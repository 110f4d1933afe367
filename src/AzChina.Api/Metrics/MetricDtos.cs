using System.ComponentModel;
using AzChina.Domain.Metrics;
using AzChina.Domain.Vocabularies;

namespace AzChina.Api.Metrics;

/// <summary>A metric in the catalogue, with how much data it has.</summary>
public sealed record MetricSummary(
    [property: Description("snake_case name; use it as /metrics?name= or /metrics/{name}.")] string Name,
    string Label,
    Unit Unit,
    string Description,
    [property: Description("Number of observations: distinct period and direction.")] int ObservationCount,
    [property: Description("Number of claims: one per source per observation.")] int ClaimCount,
    [property: Description("The earliest period with data (YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD).")] string? FirstPeriod,
    [property: Description("The latest period with data.")] string? LastPeriod);

/// <summary>A metric's time series: one observation per period and direction, each with every source's claim.</summary>
public sealed record MetricSeries(
    string Name,
    string Label,
    Unit Unit,
    string Description,
    [property: Description("Chronological: by period start, a longer period before the shorter ones it contains (2025 before 2025-Q1).")] IReadOnlyList<Observation> Observations);

public sealed record Observation(
    [property: Description("YYYY, YYYY-Qn, YYYY-MM, or YYYY-MM-DD for a point-in-time or cumulative figure.")] string Period,
    [property: Description("First day of the period.")] DateOnly PeriodStart,
    [property: Description("Last day of the period.")] DateOnly PeriodEnd,
    [property: Description("ISO code of the reporting country; for a directed flow such as investment, the origin.")] string? Reporter,
    [property: Description("ISO code of the partner country; for a directed flow, the destination.")] string? Partner,
    [property: Description("Actor id the figure is about when it is not a country pair.")] string? Subject,
    [property: Description("The preferred value, in base units (USD, not billions; 20.7 for 20.7%).")] double Value,
    [property: Description("The hedge the preferred claim's source uses (exact, approximately, over, nearly, ...).")] Qualifier Qualifier,
    [property: Description("single (one claim), consistent (every claim's range overlaps the others) or conflicting. " + ClaimReconciliation.RuleText)] Agreement Agreement,
    [property: Description("Lower bound implied by the preferred claim's qualifier (over, at least), if any.")] double? LowerBound,
    [property: Description("Upper bound implied by the preferred claim's qualifier (nearly, under, up to), if any.")] double? UpperBound,
    [property: Description("Id of the claim whose value is preferred.")] string PreferredClaimId,
    [property: Description("True when any claim's period is inferred from context rather than stated.")] bool PeriodInferred,
    IReadOnlyList<Claim> Claims);

/// <summary>One source's statement of the figure.</summary>
public sealed record Claim(
    string Id,
    double Value,
    Qualifier Qualifier,
    [property: Description("The figure exactly as the source writes it, e.g. \"$3.7 billion\".")] string Stated,
    string SourceId,
    [property: Description("When the source was published (YYYY-MM-DD).")] DateOnly PublishedOn,
    [property: Description("The verbatim quote from the source.")] string Quote,
    [property: Description("Actor id of who states the figure, where the source attributes it.")] string? AssertedBy,
    bool PeriodInferred,
    string? Note);

internal sealed record MetricRow
{
    public required string Name { get; init; }
    public required string Label { get; init; }
    public required string Unit { get; init; }
    public required string Description { get; init; }
}

internal sealed record MetricSummaryRow
{
    public required string Name { get; init; }
    public required string Label { get; init; }
    public required string Unit { get; init; }
    public required string Description { get; init; }
    public required long ObservationCount { get; init; }
    public required long ClaimCount { get; init; }
    public string? FirstPeriod { get; init; }
    public string? LastPeriod { get; init; }

    public MetricSummary ToSummary() =>
        new(Name, Label, Columns.Vocab<Unit>(Unit), Description, (int)ObservationCount, (int)ClaimCount, FirstPeriod, LastPeriod);
}

internal sealed record ClaimRow
{
    public required string Id { get; init; }
    public required string Period { get; init; }
    public required long PeriodInferred { get; init; }
    public string? Reporter { get; init; }
    public string? Partner { get; init; }
    public string? Subject { get; init; }
    public required double Value { get; init; }
    public required string Qualifier { get; init; }
    public required string Stated { get; init; }
    public required string SourceId { get; init; }
    public required string PublishedOn { get; init; }
    public required string Quote { get; init; }
    public string? AssertedBy { get; init; }
    public string? Note { get; init; }

    public Claim ToClaim() => new(Id, Value, Columns.Vocab<Qualifier>(Qualifier), Stated, SourceId, Columns.Date(PublishedOn), Quote,
        AssertedBy, PeriodInferred != 0, Note);
}

internal static class MetricCsv
{
    public static readonly Csv.CsvColumns<MetricSummary> Catalogue = new(
        ("name", m => m.Name), ("label", m => m.Label), ("unit", m => m.Unit), ("description", m => m.Description),
        ("observationCount", m => m.ObservationCount), ("claimCount", m => m.ClaimCount),
        ("firstPeriod", m => m.FirstPeriod), ("lastPeriod", m => m.LastPeriod));
}
