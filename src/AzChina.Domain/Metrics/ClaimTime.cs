using System.ComponentModel;
using System.Text.Json.Serialization;
using AzChina.Domain.Time;
using AzChina.Domain.Vocabularies;

namespace AzChina.Domain.Metrics;

// A claim's time as served (issue 13, item 5): how its period is known, and what a cumulative figure counts over.

/// <summary>The period a claim's figure is about, and how it is known.</summary>
public sealed record PeriodDetail
{
    [JsonPropertyOrder(-1), Description("YYYY, YYYY-Qn, YYYY-MM, or YYYY-MM-DD for a point-in-time or cumulative figure; null when the document gives no period.")]
    public string? Text { get; init; }

    [Description("stated, resolved (worked out from the text, with basis) or not_given (no period: the figure feeds no derived value).")]
    public DateKnowledge Known { get; init; }

    [Description("The reasoning of a resolved period; else null.")] public string? Basis { get; init; }
}

/// <summary>What a cumulative figure counts over, up to its as-of day.</summary>
public sealed record SpanDetail(
    [property: Description("EDTF interval: 2005/2025-04-21 (\"over the past 20 years\"), ../2025-04-21 (no start given: all-time).")] string Edtf,
    [property: Description("stated, resolved (see basis) or not_given (all-time: the document gives no start).")] DateKnowledge Known,
    string? Basis,
    [property: Description("First day of the start as given; null when the span is all-time.")] DateOnly? Start,
    DatePrecision? StartPrecision,
    [property: Description("The as-of day.")] DateOnly End,
    DatePrecision EndPrecision);
