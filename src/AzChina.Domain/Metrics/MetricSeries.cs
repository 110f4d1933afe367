using System.ComponentModel;
using AzChina.Domain.Time;
using AzChina.Domain.Vocabularies;

namespace AzChina.Domain.Metrics;

// The public shape of a series. The API serves these records as they are; SeriesBuilder makes them.

/// <summary>A metric's time series: one observation per period and direction, each with every source's claim.</summary>
public sealed record MetricSeries(
    string Name,
    string Label,
    Unit Unit,
    string Description,
    [property: Description("What reporter and partner mean for this metric: flow (reporter the origin, partner the destination; the origin may be null where the source gives none), pair (reporter the country whose figures or partners they are, partner the other country), country (the figure is about the reporter; no partner) or subject (about an actor; no reporter or partner).")] MetricDirection Direction,
    [property: Description("Chronological: by period start, a longer period before the shorter ones it contains (2025 before 2025-Q1).")] IReadOnlyList<Observation> Observations,
    [property: Description("The knowledge date applied (asOf, YYYY-MM-DD): only claims from sources published on or before it count. Null: everything known.")] DateOnly? AsOf = null);

public sealed record Observation(
    [property: Description("YYYY, YYYY-Qn, YYYY-MM, or YYYY-MM-DD for a point-in-time or cumulative figure; null when the documents give no period (such observations come last and feed no derived value).")] string? Period,
    [property: Description("First day of the period; null when no period is given.")] DateOnly? PeriodStart,
    [property: Description("Last day of the period; null when no period is given.")] DateOnly? PeriodEnd,
    [property: Description("ISO code of the reporting country: for a flow metric (investment, companies with Chinese capital) the origin, null where the source gives none; see the metric's direction.")] string? Reporter,
    [property: Description("ISO code of the partner country: for a flow metric the destination; see the metric's direction.")] string? Partner,
    [property: Description("Actor id the figure is about when it is not a country pair.")] string? Subject,
    [property: Description("The preferred value, in base units (USD, not billions; 20.7 for 20.7%). For a derived observation, the computed value.")] double Value,
    [property: Description("The hedge the preferred claim's source uses (exact, approximately, over, nearly, ...); approximately for a derived observation.")] Qualifier Qualifier,
    [property: Description("single (one claim), consistent (every claim's range overlaps the others) or conflicting; null for a derived observation, which has no claims. " + ClaimReconciliation.RuleText)] ClaimAgreement? Agreement,
    [property: Description("Lower bound implied by the preferred claim's qualifier (over, at least), if any; for a derived observation, the lowest value its inputs allow.")] double? LowerBound,
    [property: Description("Upper bound implied by the preferred claim's qualifier (nearly, under, up to), if any; for a derived observation, the highest value its inputs allow.")] double? UpperBound,
    [property: Description("Id of the claim whose value is preferred; null for a derived observation.")] string? PreferredClaimId,
    [property: Description("How the period is known, at best among the claims: stated if any claim states it, else resolved (worked out from the text; see each claim's period.basis), else not_given. Each claim's own is in claims[].period. For a derived observation, the weakest of its inputs'.")] DateKnowledge PeriodKnown,
    [property: Description("Every source's claim, newest source first; empty for a derived observation.")] IReadOnlyList<Claim> Claims,
    [property: Description("The metric's unit: USD, percent, count, km or rank.")] Unit Unit,
    [property: Description("The value as a person would say it, hedge first: \"about $3.7 billion\", \"over $1 billion\", \"nearly 40%\", \"4th\". A derived value is rounded to two significant figures and says \"or more\"/\"or less\" when its inputs leave it open on one side.")] string Display,
    [property: Description("Number of distinct sources stating this observation; 0 for a derived observation.")] int SourceCount,
    [property: Description("True for a value computed from other observations (only with include=derived), which no source states. " + Derivation.RuleText)] bool Derived,
    [property: Description("For a derived observation, how it was computed, with the input values; else null.")] string? Formula,
    [property: Description("For a derived observation, the ids of the claims it was computed from (the inputs' preferred claims); else null.")] IReadOnlyList<string>? DerivedFrom,
    [property: Description("Number of independent origins among the claims, which sourceCount overstates when outlets relay one occasion; 0 for a derived observation. " + IndependentOrigins.RuleText)] int IndependentOriginCount = 0);

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
    string? Note,
    [property: Description("Id of the event the figure was stated at (an interview, a meeting), where the source says; also the claim's origin: claims stated at one event are one origin. Null where the source gives the figure in its own narration.")] string? StatedAt = null)
{
    [Description("The period as this claim's source gives it, and how that is known.")] public PeriodDetail Period { get; init; } = null!;

    [Description("For a cumulative figure, what it counts over up to the period's day; else null.")] public SpanDetail? Span { get; init; }
}

/// <summary>A metric as the catalogue defines it: what a series is of.</summary>
public sealed record Metric(string Name, string Label, Unit Unit, string Description, MetricDirection Direction);

/// <summary>The observation a claim is about: a period and a direction (reporter → partner, or a subject).</summary>
public sealed record ObservationKey(string? Period, string? Reporter, string? Partner, string? Subject);

/// <summary>One source's claim, with the observation it is about: what <see cref="SeriesBuilder"/> groups.</summary>
public sealed record SeriesClaim(ObservationKey Key, Claim Claim);
