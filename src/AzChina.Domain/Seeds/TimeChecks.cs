using AzChina.Domain.Time;
using AzChina.Domain.Vocabularies;

namespace AzChina.Domain.Seeds;

/// <summary>
/// The checks of a record's time (issue 13, items 1 and 5): each seed date, period and span is built into
/// its domain value, whose own rules (<see cref="RecordDate"/>, <see cref="ClaimPeriod"/>, <see cref="CumulativeSpan"/>)
/// decide what is refused; their reason is reported with file, record and field.
/// </summary>
internal static class TimeChecks
{
    /// <summary>An event's or agreement's date; null (and a failure) when missing or invalid.</summary>
    public static RecordDate? RecordDate(this RecordCheck check, string field, SeedDate? date)
    {
        if (date is null)
        {
            check.Fail(field, "is required: { edtf, kind?, known, basis? }; a date the documents do not give is { \"edtf\": \"/\", \"known\": \"not_given\" }");
            return null;
        }
        if (!Knowledge(check, $"{field}.known", date.Known, out var known)) return null;
        DateKind? kind = null;
        if (date.Kind is not null)
        {
            if (!Vocabulary<DateKind>.TryParse(date.Kind, out var parsed) || parsed is not (DateKind.Range or DateKind.Bounded))
            {
                check.Fail($"{field}.kind", $"'{TextLimits.Shown(date.Kind)}' is not one of: range, bounded (omit it for a single date or '/')");
                return null;
            }
            kind = parsed;
        }
        if (!Edtf.TryParse(date.Edtf, kind, out var uncertain, out var error))
        {
            check.Fail($"{field}.edtf", error);
            return null;
        }
        if (kind is not null && uncertain.Kind != kind)
        {
            check.Fail($"{field}.kind", $"'{date.Kind}' goes only with an interval; '{date.Edtf}' is not one");
            return null;
        }
        if (!Time.RecordDate.TryCreate(uncertain, known, date.Basis, out var record, out error))
        {
            check.Fail(field, error);
            return null;
        }
        return record;
    }

    /// <summary>A claim's period; null (and a failure) when missing or invalid.</summary>
    public static ClaimPeriod? ClaimPeriod(this RecordCheck check, string field, SeedPeriod? period)
    {
        if (period is null)
        {
            check.Fail(field, "is required: { text?, known, basis? }; a period the document does not give is { \"known\": \"not_given\" }");
            return null;
        }
        if (!Knowledge(check, $"{field}.known", period.Known, out var known)) return null;
        var basis = string.IsNullOrWhiteSpace(period.Basis) ? null : period.Basis;
        if (known == DateKnowledge.NotGiven)
        {
            if (period.Text is not null) check.Fail($"{field}.text", $"a period the document does not give has no text; got '{TextLimits.Shown(period.Text)}'");
            else if (basis is not null) check.Fail($"{field}.basis", "a period not given has no basis: there is nothing to reason from (say why in the note)");
            else return Time.ClaimPeriod.NotGiven;
            return null;
        }
        if (!Period.TryParse(period.Text, out var parsed))
        {
            check.Fail($"{field}.text", period.Text is null
                ? "is required for a stated or resolved period"
                : $"'{TextLimits.Shown(period.Text)}' is not a period (YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD)");
            return null;
        }
        switch (known, basis)
        {
            case (DateKnowledge.Resolved, null):
                check.Fail($"{field}.basis", "a resolved period needs its reasoning as its basis");
                return null;
            case (DateKnowledge.Stated, { }):
                check.Fail($"{field}.basis", "a stated period needs no basis: the document gives it, and its quote shows where");
                return null;
            default:
                return known == DateKnowledge.Stated ? Time.ClaimPeriod.Stated(parsed) : Time.ClaimPeriod.Resolved(parsed, basis!);
        }
    }

    /// <summary>A cumulative figure's span, which must end on the claim's as-of day (its period, a day); null (and a failure) when invalid.</summary>
    public static CumulativeSpan? Span(this RecordCheck check, string field, SeedSpan? span, ClaimPeriod? period)
    {
        if (span is null) return null;
        if (!Knowledge(check, $"{field}.known", span.Known, out var known)) return null;
        if (!CumulativeSpan.TryCreate(span.Edtf, known, span.Basis, out var built, out var error))
        {
            check.Fail(field, error);
            return null;
        }
        if (period?.Period is not { Kind: PeriodKind.Day } day)
            check.Fail(field, "only a cumulative figure has a span, and its period is the day it is counted to (YYYY-MM-DD)");
        else if (day.Text != built.AsOf.ToString())
            check.Fail(field, $"the span ends on {built.AsOf}, not on the claim's as-of day {day.Text}");
        else
            return built;
        return null;
    }

    private static bool Knowledge(RecordCheck check, string field, string? value, out DateKnowledge known)
    {
        known = default;
        if (value is null)
        {
            check.Fail(field, $"is required: one of {string.Join(", ", Vocabulary<DateKnowledge>.Names)}");
            return false;
        }
        if (Vocabulary<DateKnowledge>.TryParse(value, out known)) return true;
        check.Fail(field, $"'{TextLimits.Shown(value)}' is not one of: {string.Join(", ", Vocabulary<DateKnowledge>.Names)}");
        return false;
    }
}
