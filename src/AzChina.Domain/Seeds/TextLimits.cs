using System.Collections;
using System.Reflection;
using System.Text.Json;

namespace AzChina.Domain.Seeds;

/// <summary>
/// Upper bounds on every text and id in the seeds, which also have no control characters. Without them a 10 MB summary was accepted and every
/// page that carried it cost 10 MB (issue 16); a curated record has no reason to come near these.
/// Every string of every record is checked, nested ones included, so a new field cannot be forgotten.
/// </summary>
public static class TextLimits
{
    /// <summary>Ids and references to ids.</summary>
    public const int Id = 100;

    /// <summary>Names, titles, roles, labels and other one-line texts.</summary>
    public const int Text = 300;

    /// <summary>Summaries, notes and descriptions.</summary>
    public const int LongText = 2000;

    private static readonly HashSet<string> IdFields = ["id", "sourceId", "actorId", "eventId", "assertedBy", "subject", "metric", "parties",
        "partOf", "disputedBy", "statedAt", "outletId", "authorId", "speaker"];
    private static readonly HashSet<string> LongFields = ["summary", "note", "dateNote", "description", "locationNote", "basis"];

    private static readonly char[] ControlCharacters = Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(char.IsControl).ToArray();

    public static int For(string field) => IdFields.Contains(field) ? Id : LongFields.Contains(field) ? LongText : Text;

    /// <summary>A value as an error message shows it: long ones cut, so a 10 MB id does not make a 10 MB message.</summary>
    public static string Shown(string? value) => value is { Length: > 80 } ? $"{value[..60]}… ({value.Length} characters)" : value ?? "";

    /// <summary>Reports every string of <paramref name="record"/> (walked through its lists and nested records) over its limit.</summary>
    internal static void Check(RecordCheck check, object record) => Walk(check, record, "");

    private static void Walk(RecordCheck check, object record, string prefix)
    {
        foreach (var property in record.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            // Quotes have their own limit (Quote.MaxLength), checked with the evidence; ids are checked with their uniqueness.
            if (name is "quote" || (name is "id" && prefix.Length == 0)) continue;
            var field = prefix + name;
            switch (property.GetValue(record))
            {
                case string text:
                    Length(check, field, name, text);
                    break;
                // A nested record (a date, a period, a span) is checked field by field like the record itself.
                case SeedDate or SeedPeriod or SeedSpan:
                    var nested = property.GetValue(record)!;
                    Walk(check, nested, field + ".");
                    break;
                case IEnumerable items and not string:
                    var i = 0;
                    foreach (var item in items)
                    {
                        if (item is string text) Length(check, $"{field}[{i}]", name, text);
                        else if (item is not null) Walk(check, item, $"{field}[{i}].");
                        i++;
                    }
                    break;
            }
        }
    }

    private static void Length(RecordCheck check, string field, string name, string text)
    {
        var limit = For(name);
        if (text.Length > limit) check.Fail(field, $"is {text.Length} characters; at most {limit} are allowed");
        // The stored pages join names and sort keys with U+001F (src/AzChina.Api/Stored/StoredRows.cs), and no curated text
        // has a reason to carry a line break, tab or any other control character.
        else if (text.IndexOfAny(ControlCharacters) is var at and >= 0)
            check.Fail(field, $"contains the control character U+{(int)text[at]:X4}; texts may not");
    }
}
