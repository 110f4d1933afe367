using System.Globalization;
using System.Text.RegularExpressions;
using AzChina.Domain;
using AzChina.Domain.Search;
using AzChina.Domain.Time;
using AzChina.Domain.Vocabularies;

namespace AzChina.Api.Shared;

/// <summary>
/// Parses query values into what the queries need, or says which parameter is wrong and what it
/// accepts. Handlers take such values as strings so that the 400 can say exactly that.
/// </summary>
internal static partial class RequestParsers
{
    /// <summary>A date bound: YYYY-MM-DD, or YYYY-MM / YYYY meaning its first day (from) or last day (to).</summary>
    public static Parsed<DateOnly?> DateBound(string parameter, string? value, bool isEnd)
    {
        if (value is null) return Parsed<DateOnly?>.Valid(null);
        if (!PartialDate.TryParse(value, out var date))
            return Parsed<DateOnly?>.Invalid(parameter, $"must be a date (YYYY-MM-DD, YYYY-MM or YYYY); got '{Shown(value)}'");
        return Parsed<DateOnly?>.Valid(isEnd ? date.End : date.Start);
    }

    public static Parsed<(DateOnly? From, DateOnly? To)> DateRange(string? from, string? to)
    {
        var start = DateBound("from", from, isEnd: false);
        if (!start.IsValid) return start.Failure<(DateOnly?, DateOnly?)>();
        var end = DateBound("to", to, isEnd: true);
        if (!end.IsValid) return end.Failure<(DateOnly?, DateOnly?)>();
        if (start.Value > end.Value)
            return Parsed<(DateOnly?, DateOnly?)>.Invalid("to", $"must not be before from ({from}); got '{to}'");
        return Parsed<(DateOnly?, DateOnly?)>.Valid((start.Value, end.Value));
    }

    /// <summary>A vocabulary value, as its wire name (the form the database holds).</summary>
    public static Parsed<string?> Vocabulary<T>(string parameter, string? value) where T : struct, Enum
    {
        if (value is null) return Parsed<string?>.Valid(null);
        return Domain.Vocabularies.Vocabulary<T>.TryParse(value, out _)
            ? Parsed<string?>.Valid(value)
            : Parsed<string?>.Invalid(parameter, $"must be one of: {string.Join(", ", Domain.Vocabularies.Vocabulary<T>.Names)}; got '{Shown(value)}'");
    }

    /// <summary>dateMatch: how a record's date must meet from/to, certain (the default) or possible.</summary>
    public static Parsed<Domain.Time.DateMatch> DateMatch(string? value)
    {
        var how = Vocabulary<Domain.Time.DateMatch>("dateMatch", value);
        if (!how.IsValid) return how.Failure<Domain.Time.DateMatch>();
        return Parsed<Domain.Time.DateMatch>.Valid(
            how.Value is null ? Domain.Time.DateMatch.Certain : Domain.Vocabularies.Vocabulary<Domain.Time.DateMatch>.Parse(how.Value));
    }

    /// <summary>A repeatable vocabulary parameter (status=held&amp;status=planned): every value checked, duplicates dropped, in wire names.</summary>
    public static Parsed<IReadOnlyList<string>> Vocabularies<T>(string parameter, string[]? values) where T : struct, Enum
    {
        foreach (var value in values ?? [])
            if (Vocabulary<T>(parameter, value) is { IsValid: false } bad) return bad.Failure<IReadOnlyList<string>>();
        return Parsed<IReadOnlyList<string>>.Valid((values ?? []).Distinct().Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>A record id, or the word <paramref name="none"/> (partOf=none: records that are part of nothing).</summary>
    public static Parsed<string?> IdOrNone(string parameter, string? value, string none)
    {
        if (value == none) return Parsed<string?>.Valid(value);
        var id = Id(parameter, value);
        return id.IsValid ? id : Parsed<string?>.Invalid(parameter, $"must be {none} or a record id (lower-case letters, digits and hyphens); got '{Shown(value!)}'");
    }

    /// <summary>A whole number in [min, max], written as digits only.</summary>
    public static Parsed<int?> WholeNumber(string parameter, string? value, int min, int max)
    {
        if (value is null) return Parsed<int?>.Valid(null);
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? Parsed<int?>.Valid(number)
            : Parsed<int?>.Invalid(parameter, $"must be a whole number from {min} to {max}; got '{Shown(value)}'");
    }

    public static Parsed<bool?> Flag(string parameter, string? value)
    {
        if (value is null) return Parsed<bool?>.Valid(null);
        return bool.TryParse(value, out var flag)
            ? Parsed<bool?>.Valid(flag)
            : Parsed<bool?>.Invalid(parameter, $"must be true or false; got '{Shown(value)}'");
    }

    /// <summary>A day, YYYY-MM-DD exactly (a knowledge date is a day, not a span).</summary>
    public static Parsed<DateOnly?> Day(string parameter, string? value)
    {
        if (value is null) return Parsed<DateOnly?>.Valid(null);
        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? Parsed<DateOnly?>.Valid(day)
            : Parsed<DateOnly?>.Invalid(parameter, $"must be a date as YYYY-MM-DD; got '{Shown(value)}'");
    }

    public static Parsed<Period?> Period(string parameter, string? value)
    {
        if (value is null) return Parsed<Period?>.Valid(null);
        return Domain.Time.Period.TryParse(value, out var period)
            ? Parsed<Period?>.Valid(period)
            : Parsed<Period?>.Invalid(parameter, $"must be a period as YYYY, YYYY-Qn (n 1–4), YYYY-MM or YYYY-MM-DD; got '{Shown(value)}'");
    }

    public static Parsed<string?> Country(string parameter, string? value)
    {
        if (value is null) return Parsed<string?>.Valid(null);
        return Identifiers.IsCountryCode(value)
            ? Parsed<string?>.Valid(value)
            : Parsed<string?>.Invalid(parameter, $"must be an ISO 3166-1 alpha-2 code in capitals, e.g. AZ or CN; got '{Shown(value)}'");
    }

    /// <summary>A record id: a lower-case slug, no longer than the seeds allow.</summary>
    public static Parsed<string?> Id(string parameter, string? value)
    {
        if (value is null) return Parsed<string?>.Valid(null);
        return Identifiers.IsRecordId(value)
            ? Parsed<string?>.Valid(value)
            : Parsed<string?>.Invalid(parameter, $"must be a record id (lower-case letters, digits and hyphens, at most {Identifiers.MaxRecordIdLength} characters); got '{Shown(value)}'");
    }

    /// <summary>Free text for full-text search, as a safe FTS5 expression.</summary>
    public static Parsed<string?> SearchQuery(string parameter, string? value)
    {
        if (value is null) return Parsed<string?>.Valid(null);
        if (value.Length > SearchText.MaxQueryLength)
            return Parsed<string?>.Invalid(parameter, $"must be at most {SearchText.MaxQueryLength} characters; got {value.Length}");
        if (value.Any(char.IsControl))
            return Parsed<string?>.Invalid(parameter, "must not contain control characters");
        var expression = SearchText.ToMatchExpression(value);
        return expression is null
            ? Parsed<string?>.Invalid(parameter, "must contain at least one letter or digit")
            : Parsed<string?>.Valid(expression);
    }

    public static Parsed<string> Choice(string parameter, string? value, string fallback, params string[] allowed)
    {
        if (value is null) return Parsed<string>.Valid(fallback);
        return allowed.Contains(value, StringComparer.Ordinal)
            ? Parsed<string>.Valid(value)
            : Parsed<string>.Invalid(parameter, $"must be one of: {string.Join(", ", allowed)}; got '{Shown(value)}'");
    }

    /// <summary>The value as it may be echoed back in a message: shortened and without control characters.</summary>
    public static string Shown(string value)
    {
        var printable = new string(value.Select(c => char.IsControl(c) ? '?' : c).ToArray());
        return printable.Length > 60 ? printable[..60] + "…" : printable;
    }
}
