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
    [property: Description("What reporter and partner mean for this metric: flow (reporter the origin, partner the destination; the origin may be null where the source gives none), pair (reporter the country whose figures or partners they are, partner the other country), country (the figure is about the reporter; no partner) or subject (about an actor; no reporter or partner).")] MetricDirection Direction,
    [property: Description("Number of observations: distinct period and direction.")] int ObservationCount,
    [property: Description("Number of claims: one per source per observation.")] int ClaimCount,
    [property: Description("The earliest period with data (YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD).")] string? FirstPeriod,
    [property: Description("The latest period with data.")] string? LastPeriod);

internal static class MetricCsv
{
    public static readonly Csv.CsvColumns<MetricSummary> Catalogue = new(
        ("name", m => m.Name), ("label", m => m.Label), ("unit", m => m.Unit), ("description", m => m.Description), ("direction", m => m.Direction),
        ("observationCount", m => m.ObservationCount), ("claimCount", m => m.ClaimCount),
        ("firstPeriod", m => m.FirstPeriod), ("lastPeriod", m => m.LastPeriod));

    /// <summary>One row per observation: the preferred value and how it was reached; the claims' sources and quotes are in the JSON.</summary>
    public static readonly Csv.CsvColumns<Observation> Series = new(
        ("period", o => o.Period), ("periodStart", o => o.PeriodStart), ("periodEnd", o => o.PeriodEnd), ("reporter", o => o.Reporter),
        ("partner", o => o.Partner), ("subject", o => o.Subject), ("unit", o => o.Unit), ("value", o => o.Value), ("qualifier", o => o.Qualifier),
        ("display", o => o.Display), ("agreement", o => o.Agreement), ("lowerBound", o => o.LowerBound), ("upperBound", o => o.UpperBound),
        ("preferredClaimId", o => o.PreferredClaimId), ("sourceCount", o => o.SourceCount), ("independentOriginCount", o => o.IndependentOriginCount),
        ("sources", o => o.Claims.Select(c => c.SourceId)), ("statedAt", o => o.Claims.Select(c => c.StatedAt ?? "")),
        ("periodKnown", o => o.PeriodKnown), ("claimPeriodKnown", o => o.Claims.Select(c => c.Period.Known)),
        ("claimPeriodBasis", o => o.Claims.Select(c => c.Period.Basis)), ("spanEdtf", o => o.Claims.Select(c => c.Span?.Edtf).Distinct()),
        ("spanKnown", o => o.Claims.Select(c => c.Span?.Known).Distinct()), ("derived", o => o.Derived), ("formula", o => o.Formula));
}
