using AzChina.Domain.Seeds;
using AzChina.Domain.Time;
using AzChina.Domain.Vocabularies;

namespace AzChina.Domain.Projects;

/// <summary>A project status's seed date, already validated (TimeChecks), as the time model's <see cref="RecordDate"/>.</summary>
public static class ProjectTime
{
    public static RecordDate Read(SeedDate date)
    {
        var kind = date.Kind is { } k ? Vocabulary<DateKind>.Parse(k) : (DateKind?)null;
        if (!Edtf.TryParse(date.Edtf, kind, out var uncertain, out var error)) throw new ArgumentException(error);
        return RecordDate.Create(uncertain, Vocabulary<DateKnowledge>.Parse(date.Known!), date.Basis);
    }
}
