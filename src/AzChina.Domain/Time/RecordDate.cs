namespace AzChina.Domain.Time;

/// <summary>
/// How a date or period is known (issue 13, items 1 and 5): the document gives it (<c>stated</c>), it is
/// worked out from the document's own text, such as "last year" and the publication date (<c>resolved</c>,
/// a safe inference whose reasoning is kept), or the document gives none (<c>not_given</c>).
/// </summary>
public enum DateKnowledge { Stated, Resolved, NotGiven }

/// <summary>
/// A record's date and how it is known. <see cref="Basis"/> is the reasoning of a resolved date, or where
/// the bounds of a date the document does not give come from ("on or before the publication date"). A
/// date that is not given is never a day, month, year or range: that would be a date the documents do not
/// give. Built only through <see cref="TryCreate"/>, so every value obeys these rules.
/// </summary>
public sealed record RecordDate
{
    private RecordDate(UncertainDate date, DateKnowledge known, string? basis) => (Date, Known, Basis) = (date, known, basis);

    public UncertainDate Date { get; }
    public DateKnowledge Known { get; }
    public string? Basis { get; }

    public string Edtf => Time.Edtf.Format(Date);

    private static readonly RecordDate Undated = new(UncertainDate.Unknown, DateKnowledge.NotGiven, null);

    public static bool TryCreate(UncertainDate date, DateKnowledge known, string? basis, out RecordDate record, out string error)
    {
        basis = string.IsNullOrWhiteSpace(basis) ? null : basis;
        error = Problem(date, known, basis) ?? "";
        // On failure the out value is the one date that claims nothing, never the refused one.
        record = error.Length == 0 ? new RecordDate(date, known, basis) : Undated;
        return error.Length == 0;
    }

    public static RecordDate Create(UncertainDate date, DateKnowledge known, string? basis = null) =>
        TryCreate(date, known, basis, out var record, out var error) ? record : throw new ArgumentException(error);

    private static string? Problem(UncertainDate date, DateKnowledge known, string? basis) => (known, date.Kind) switch
    {
        (DateKnowledge.NotGiven, DateKind.Single or DateKind.Range) =>
            $"a date the document does not give cannot be {Time.Edtf.Format(date)}: give its bounds ('../2026-01-10') or none ('/')",
        (DateKnowledge.NotGiven, DateKind.Bounded) when basis is null => "bounds on a date the document does not give need a basis: where they come from",
        (DateKnowledge.Stated or DateKnowledge.Resolved, DateKind.Unknown) => "an unknown date is not given, so it cannot be stated or resolved",
        (DateKnowledge.Resolved, _) when basis is null => "a resolved date needs its reasoning as its basis",
        (DateKnowledge.Stated, _) when basis is not null => "a stated date needs no basis: the document gives it, and its quote shows where",
        _ => null,
    };
}
