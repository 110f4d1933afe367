using System.ComponentModel;
using System.Globalization;
using System.Text.RegularExpressions;
using AzChina.Domain.Time;
using AzChina.Api.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace AzChina.Api.Metrics;

/// <summary>
/// What a series request asks for, validated: knowledge date, period range, direction and whether to
/// add derived values.
/// </summary>
internal sealed record SeriesQuery(
    DateOnly? AsOf, Period? From, Period? To, int? Latest, string? Reporter, string? Partner, string? Subject, bool IncludeDerived)
{
    public static readonly SeriesQuery Everything = new(null, null, null, null, null, null, null, false);
}

/// <summary>
/// The filters a series and its chart share. They arrive as strings and are parsed here, so a bad
/// value is a 400 that names the parameter and says what it accepts, not a framework binding error.
/// </summary>
internal sealed partial record SeriesParameters
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

    /// <summary>The first given parameter that only a series understands, so the catalogue can refuse it rather than ignore it.</summary>
    public string? FirstSeriesOnlyParameter() =>
        From is not null ? "from" : To is not null ? "to" : Latest is not null ? "latest"
        : Reporter is not null ? "reporter" : Partner is not null ? "partner" : Subject is not null ? "subject" : null;

    public static Parsed<DateOnly?> ParseAsOf(string? asOf)
    {
        if (asOf is null) return Parsed<DateOnly?>.Valid(null);
        return DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? Parsed<DateOnly?>.Valid(date)
            : Parsed<DateOnly?>.Invalid("asOf", $"must be a date as YYYY-MM-DD; got '{asOf}'");
    }

    /// <param name="include">Only <c>derived</c> is accepted; null for the chart, which shows reported values only.</param>
    public Parsed<SeriesQuery> Parse(string? include = null)
    {
        var asOf = ParseAsOf(AsOf);
        if (!asOf.IsValid) return Parsed<SeriesQuery>.Invalid(asOf.Parameter!, asOf.Problem!);
        if (!TryPeriod(From, out var from)) return BadPeriod("from", From!);
        if (!TryPeriod(To, out var to)) return BadPeriod("to", To!);
        if (from is { } f && to is { } t && t.End < f.Start)
            return Parsed<SeriesQuery>.Invalid("to", $"must not end before from starts; got from={f} and to={t}");

        int? latest = null;
        if (Latest is not null)
        {
            if (!int.TryParse(Latest, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n is < 1 or > MaxLatest)
                return Parsed<SeriesQuery>.Invalid("latest", $"must be a whole number from 1 to {MaxLatest}; got '{Latest}'");
            latest = n;
        }
        if (Reporter is not null && !CountryCode().IsMatch(Reporter)) return BadCountry("reporter", Reporter);
        if (Partner is not null && !CountryCode().IsMatch(Partner)) return BadCountry("partner", Partner);
        if (Subject is not null && !ActorId().IsMatch(Subject))
            return Parsed<SeriesQuery>.Invalid("subject", $"must be an actor id (lower-case letters, digits and single hyphens); got '{Subject}'");
        if (include is not null && include != "derived")
            return Parsed<SeriesQuery>.Invalid("include", $"accepts only 'derived'; got '{include}'");

        return Parsed<SeriesQuery>.Valid(new SeriesQuery(asOf.Value, from, to, latest, Reporter, Partner, Subject, include is not null));
    }

    private static bool TryPeriod(string? text, out Period? period)
    {
        period = null;
        if (text is null) return true;
        if (!Period.TryParse(text, out var parsed)) return false;
        period = parsed;
        return true;
    }

    private static Parsed<SeriesQuery> BadPeriod(string parameter, string value) =>
        Parsed<SeriesQuery>.Invalid(parameter, $"must be a period as YYYY, YYYY-Qn (n 1–4), YYYY-MM or YYYY-MM-DD; got '{value}'");

    private static Parsed<SeriesQuery> BadCountry(string parameter, string value) =>
        Parsed<SeriesQuery>.Invalid(parameter, $"must be an ISO 3166-1 alpha-2 code, two capital letters such as AZ or CN; got '{value}'");

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryCode();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ActorId();
}
