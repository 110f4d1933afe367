namespace AzChina.Domain.Time;

/// <summary>
/// The Extended Date/Time Format (Library of Congress EDTF, ISO 8601-2), in the part this data needs:
/// level 0 dates (<c>2025</c>, <c>2025-04</c>, <c>2025-04-22</c>) and intervals (<c>2025-04-22/2025-04-26</c>,
/// <c>2024/2025-04</c>: each end with its own precision), and level 1 open ends (<c>../2026-01-10</c>,
/// <c>2025-04-01/..</c>). Qualifiers (<c>?</c>, <c>~</c>, <c>%</c>) and unspecified digits (<c>X</c>) are refused:
/// how a date is known is said by <see cref="DateKnowledge"/>, with its reasoning, not by a mark.
/// </summary>
public static class Edtf
{
    // EDTF level 1, "Extended Interval": a null string marks an unknown start or end, ".." one that is
    // open ("not specified, either because there is none or for any other reason"). An end the documents
    // do not give, of a range or of bounds, is open: "..". A date with nothing known has an unknown start
    // and an unknown end: both null, "/". (The specification's examples null one end at a time; a lone null
    // end is refused here, so that an end not given has one spelling.) https://www.loc.gov/standards/datetime/
    public const string UnknownForm = "/";
    private const string Open = "..";

    public static string Format(UncertainDate date) => date.Kind switch
    {
        DateKind.Single => date.Start!.Value.ToString(),
        DateKind.Unknown => UnknownForm,
        _ => Interval(date.Start, date.End),
    };

    /// <summary>An interval with each end a date or open: "2005/2025-04-21", "../2026-01-10".</summary>
    public static string Interval(PartialDate? start, PartialDate? end) => $"{start?.ToString() ?? Open}/{end?.ToString() ?? Open}";

    /// <summary>
    /// Reads an EDTF string. <paramref name="interval"/> says what an interval means, which the string
    /// cannot: <see cref="DateKind.Range"/> (it lasted from one end to the other; EDTF's own reading) or
    /// <see cref="DateKind.Bounded"/> (it happened somewhere between them: "on or before 10 January 2026").
    /// An interval without one of these is refused rather than guessed, as the two readings filter differently.
    /// </summary>
    public static bool TryParse(string? text, DateKind? interval, out UncertainDate date, out string error)
    {
        (date, error) = (UncertainDate.Unknown, "");
        if (string.IsNullOrEmpty(text)) return Fail("an EDTF date is required; an unknown date is '/'", out error);
        if (text == UnknownForm) return true;

        var parts = text.Split('/');
        if (parts.Length > 2) return Fail($"'{text}' has more than one '/'", out error);
        if (parts.Length == 1)
        {
            if (!PartialDate.TryParse(text, out var single)) return Fail(NotADate(text), out error);
            date = UncertainDate.Single(single);
            return true;
        }

        var (first, last) = (parts[0], parts[1]);
        if (first.Length == 0 || last.Length == 0)
            return Fail($"'{text}' leaves one end empty (unknown); write '..' for a bound the document does not give", out error);
        if (first == Open && last == Open) return Fail($"'{text}' gives no end; an unknown date is '/'", out error);
        if (!TryEnd(first, out var start)) return Fail(NotADate(first), out error);
        if (!TryEnd(last, out var end)) return Fail(NotADate(last), out error);

        var problem = interval switch
        {
            DateKind.Range => UncertainDate.RangeProblem(start, end),
            DateKind.Bounded => UncertainDate.BoundsProblem(start, end),
            _ => $"'{text}' is an interval: say whether it is a range (it lasted from one end to the other) or bounds (it happened somewhere between)",
        };
        if (problem is not null) return Fail(problem, out error);
        date = interval == DateKind.Range ? UncertainDate.Range(start, end) : UncertainDate.Bounded(start, end);
        return true;
    }

    private static bool TryEnd(string part, out PartialDate? end)
    {
        end = null;
        if (part == Open) return true;
        if (!PartialDate.TryParse(part, out var date)) return false;
        end = date;
        return true;
    }

    private static string NotADate(string text) =>
        $"'{text}' is not an EDTF date this data uses (YYYY, YYYY-MM or YYYY-MM-DD, years 0001-9999, no qualifiers)";

    private static bool Fail(string reason, out string error)
    {
        error = reason;
        return false;
    }
}
