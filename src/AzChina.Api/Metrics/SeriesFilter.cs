using System.ComponentModel;
using AzChina.Domain.Time;
using AzChina.Api.Hosting;
using AzChina.Domain.Vocabularies;
using Microsoft.AspNetCore.Mvc;

namespace AzChina.Api.Metrics;

/// <summary>
/// What a series request asks for, validated: knowledge date, period range, direction and whether to
/// add derived values.
/// </summary>
internal sealed record SeriesFilter(
    DateOnly? AsOf, Period? From, Period? To, int? Latest, string? Reporter, string? Partner, string? Subject, bool IncludeDerived,
    DateMatch Match = DateMatch.Certain)
{
    public static readonly SeriesFilter Everything = new(null, null, null, null, null, null, null, false);

    /// <summary>A place id: only claims linked to it or to a place within it (issue 14); null for no condition.</summary>
    public string? Place { get; init; }
}

/// <summary>
/// The filters a series and its chart share. They arrive as strings and are parsed here, so a bad
/// value is a 400 that names the parameter and says what it accepts, not a framework binding error.
/// </summary>
internal sealed record SeriesFilterParameters
{
    public const int MaxLatest = 100;

    [FromQuery(Name = "asOf")]
    [Description("Knowledge date, YYYY-MM-DD: answer as the data stood on that day, counting only claims from sources published on or before it. Default: everything known.")]
    public string? AsOf { get; init; }

    [FromQuery(Name = "from")]
    [Description("Earliest period, as YYYY, YYYY-Qn (n 1–4), YYYY-MM or YYYY-MM-DD: keeps observations whose span reaches its first day or later (overlap).")]
    public string? From { get; init; }

    [FromQuery(Name = "to")]
    [Description("Latest period, as YYYY, YYYY-Qn (n 1–4), YYYY-MM or YYYY-MM-DD: keeps observations whose span starts on or before its last day (overlap).")]
    public string? To { get; init; }

    [FromQuery(Name = "dateMatch")]
    [Schema(typeof(DateMatch)), DefaultValue("certain")]
    [Description("certain (the default): from/to keep only observations whose period overlaps them, so one whose documents give no period is left out; possible: also those with no period, which may fall in any window.")]
    public string? DateMatch { get; init; }

    [FromQuery(Name = "latest")]
    [Description("Keep only the N most recent periods (those that end last), N from 1 to 100, after from/to; the answer stays chronological.")]
    public string? Latest { get; init; }

    [FromQuery(Name = "reporter")]
    [Description("ISO 3166-1 alpha-2 code, two capital letters (e.g. AZ): the reporting country, or for a directed flow such as investment the origin. A code with no data gives an empty series.")]
    public string? Reporter { get; init; }

    [FromQuery(Name = "partner")]
    [Description("ISO 3166-1 alpha-2 code, two capital letters (e.g. CN): the partner country, or for a directed flow the destination. A code with no data gives an empty series.")]
    public string? Partner { get; init; }

    [FromQuery(Name = "subject")]
    [Description("Actor id (lower-case slug) the figure is about when it is not a country pair, e.g. hubei-international-professional-exchange-association.")]
    public string? Subject { get; init; }

    [FromQuery(Name = "place")]
    [Description("Place id: only claims linked to this place or a place within it, e.g. khojaly (the seedlings sent there). A place no claim is linked to gives an empty series.")]
    public string? Place { get; init; }

    /// <summary>The first given parameter that only a series understands, so the catalogue can refuse it rather than ignore it.</summary>
    public string? FirstSeriesOnlyParameter() =>
        From is not null ? "from" : To is not null ? "to" : DateMatch is not null ? "dateMatch" : Latest is not null ? "latest"
        : Reporter is not null ? "reporter" : Partner is not null ? "partner" : Subject is not null ? "subject" : Place is not null ? "place" : null;

    public static Parsed<DateOnly?> ParseAsOf(string? asOf) => RequestParsers.Day("asOf", asOf);

    /// <param name="include">Only <c>derived</c> is accepted; null for the chart, which shows reported values only.</param>
    public Parsed<SeriesFilter> Parse(string? include = null)
    {
        var asOf = ParseAsOf(AsOf);
        if (!asOf.IsValid) return asOf.Failure<SeriesFilter>();
        var from = RequestParsers.Period("from", From);
        if (!from.IsValid) return from.Failure<SeriesFilter>();
        var to = RequestParsers.Period("to", To);
        if (!to.IsValid) return to.Failure<SeriesFilter>();
        if (from.Value is { } f && to.Value is { } t && t.End < f.Start)
            return Parsed<SeriesFilter>.Invalid("to", $"must not end before from starts; got from={f} and to={t}");
        var match = RequestParsers.DateMatch(DateMatch);
        if (!match.IsValid) return match.Failure<SeriesFilter>();
        var latest = RequestParsers.WholeNumber("latest", Latest, 1, MaxLatest);
        if (!latest.IsValid) return latest.Failure<SeriesFilter>();
        var reporter = RequestParsers.Country("reporter", Reporter);
        if (!reporter.IsValid) return reporter.Failure<SeriesFilter>();
        var partner = RequestParsers.Country("partner", Partner);
        if (!partner.IsValid) return partner.Failure<SeriesFilter>();
        var subject = RequestParsers.Id("subject", Subject);
        if (!subject.IsValid) return subject.Failure<SeriesFilter>();
        var place = RequestParsers.Id("place", Place);
        if (!place.IsValid) return place.Failure<SeriesFilter>();
        var derived = RequestParsers.Choice("include", include, "", "derived");
        if (!derived.IsValid) return derived.Failure<SeriesFilter>();

        return Parsed<SeriesFilter>.Valid(new SeriesFilter(
            asOf.Value, from.Value, to.Value, latest.Value, Reporter, Partner, Subject, derived.Value == "derived",
            match.Value) { Place = place.Value });
    }
}
