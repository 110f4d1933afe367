using System.Text.RegularExpressions;
using AzChina.Domain.Time;
using AzChina.Domain.Vocabularies;

namespace AzChina.Domain.Seeds;

/// <summary>The field checks every kind of seed record shares; each failure names file, record and field.</summary>
internal sealed partial class RecordCheck(List<SeedError> errors, string file, string? recordId)
{
    private readonly string _recordId = recordId is null ? "(no id)" : TextLimits.Shown(recordId);

    public void Fail(string field, string problem) => errors.Add(new SeedError(file, _recordId, field, problem));

    /// <summary>Each value a list names more than once (an id, a link), reported once.</summary>
    public void Duplicates(string field, IEnumerable<string?> values)
    {
        foreach (var duplicate in values.Where(v => v is not null).GroupBy(v => v).Where(g => g.Count() > 1))
            Fail(field, $"'{TextLimits.Shown(duplicate.Key)}' is listed more than once");
    }

    /// <summary>Every text and id of the record within its length limit (<see cref="TextLimits"/>).</summary>
    public void Lengths(object record) => TextLimits.Check(this, record);

    public bool Required(string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) return true;
        Fail(field, "is required");
        return false;
    }

    public void InVocabulary<T>(string field, string? value, bool required) where T : struct, Enum
    {
        if (value is null)
        {
            if (required) Fail(field, "is required");
            return;
        }
        if (!Vocabularies.Vocabulary<T>.TryParse(value, out _))
            Fail(field, $"'{TextLimits.Shown(value)}' is not one of: {string.Join(", ", Vocabularies.Vocabulary<T>.Names)}");
    }

    public void CountryCode(string field, string? value)
    {
        if (value is not null && !Identifiers.IsCountryCode(value))
            Fail(field, $"'{TextLimits.Shown(value)}' is not an ISO 3166-1 alpha-2 code (two capital letters)");
    }

    public void Reference(string field, string? value, ISet<string> known, string kind, bool required)
    {
        if (value is null)
        {
            if (required) Fail(field, "is required");
            return;
        }
        if (!known.Contains(value)) Fail(field, $"unknown {kind} '{TextLimits.Shown(value)}'");
    }

    public void Attribution(string? assertion, string? assertedBy, ISet<string> actorIds)
    {
        InVocabulary<Assertion>("assertion", assertion, required: false);
        Reference("assertedBy", assertedBy, actorIds, "actor", required: false);
        if (assertion == Vocabularies.Vocabulary<Assertion>.Name(Vocabularies.Assertion.Claimed) && assertedBy is null)
            Fail("assertedBy", "a claimed record must name who claims it");
        // assertedBy goes only with claimed or disputed; a record without assertion is reported (seeds/README.md).
        var reported = Vocabularies.Vocabulary<Assertion>.Name(Vocabularies.Assertion.Reported);
        if ((assertion ?? reported) == reported && assertedBy is not null)
            Fail("assertedBy", $"a reported record names no asserter: make it claimed (or disputed) to attribute it to '{assertedBy}', or set assertedBy to null");
    }

    public void Evidence(IReadOnlyList<SeedEvidence>? evidence, ISet<string> sourceIds)
    {
        if (evidence is null || evidence.Count == 0)
        {
            Fail("evidence", "every record needs at least one { sourceId, quote }");
            return;
        }
        for (var i = 0; i < evidence.Count; i++)
        {
            Reference($"evidence[{i}].sourceId", evidence[i].SourceId, sourceIds, "source", required: true);
            if (Required($"evidence[{i}].quote", evidence[i].Quote) && evidence[i].Quote!.Length > Quote.MaxLength)
                Fail($"evidence[{i}].quote", $"is {evidence[i].Quote!.Length} characters; quotes are at most {Quote.MaxLength}");
        }
    }
}
