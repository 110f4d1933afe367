using AzChina.Domain.Seeds;
using AzChina.Domain.Time;
using AzChina.Domain.Vocabularies;

namespace AzChina.Domain.Projects;

/// <summary>
/// Reads a project status's seed date ({ edtf, kind?, known, basis? }, docs/time-model.md) into a
/// <see cref="RecordDate"/>; the domain types decide what is refused, and the problem names the part of the field.
/// </summary>
public static class ProjectTime
{
    public sealed record Problem(string Field, string Message);

    public static bool TryRead(SeedDate date, out RecordDate record, out Problem? problem)
    {
        record = RecordDate.Create(UncertainDate.Unknown, DateKnowledge.NotGiven);
        problem = null;
        if (!Vocabulary<DateKnowledge>.TryParse(date.Known, out var known))
        {
            problem = new(".known", $"'{TextLimits.Shown(date.Known)}' is not one of: {string.Join(", ", Vocabulary<DateKnowledge>.Names)}");
            return false;
        }
        DateKind? kind = null;
        if (date.Kind is not null)
        {
            if (!Vocabulary<DateKind>.TryParse(date.Kind, out var parsed) || parsed is not (DateKind.Range or DateKind.Bounded))
            {
                problem = new(".kind", $"'{TextLimits.Shown(date.Kind)}' is not one of: range, bounded (omit it for a single date or '/')");
                return false;
            }
            kind = parsed;
        }
        if (!Edtf.TryParse(date.Edtf, kind, out var uncertain, out var error))
        {
            problem = new(".edtf", error);
            return false;
        }
        if (kind is not null && uncertain.Kind != kind)
        {
            problem = new(".kind", $"'{date.Kind}' goes only with an interval; '{date.Edtf}' is not one");
            return false;
        }
        if (!RecordDate.TryCreate(uncertain, known, date.Basis, out record, out error))
        {
            problem = new("", error);
            return false;
        }
        return true;
    }

    /// <summary>For dates already validated.</summary>
    public static RecordDate Read(SeedDate date) =>
        TryRead(date, out var record, out var problem) ? record : throw new ArgumentException(problem!.Message);
}
