using System.Globalization;
using System.Text;
using AzChina.Domain.Vocabularies;

namespace AzChina.Api.Csv;

/// <summary>How one kind of record flattens into CSV columns: a header and a value for each.</summary>
internal sealed class CsvColumns<T>(params (string Header, Func<T, object?> Value)[] columns)
{
    /// <summary>RFC 4180: comma-separated, CRLF line ends, a header row, fields quoted where they must be.</summary>
    public string Write(IEnumerable<T> records)
    {
        var csv = new StringBuilder();
        AppendRow(csv, columns.Select(c => c.Header));
        foreach (var record in records) AppendRow(csv, columns.Select(c => Text(c.Value(record))));
        return csv.ToString();
    }

    private static void AppendRow(StringBuilder csv, IEnumerable<string> fields)
    {
        csv.AppendJoin(',', fields.Select(Escape));
        csv.Append("\r\n");
    }

    private static string Escape(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;

    /// <summary>Values as the JSON shows them: vocabularies by name, dates ISO, lists joined with "; ".</summary>
    private static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        Enum e => VocabularyName(e),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        System.Collections.IEnumerable items => string.Join("; ", items.Cast<object?>().Select(Text)),
        _ => value.ToString() ?? "",
    };

    private static string VocabularyName(Enum value) =>
        (string)typeof(Vocabulary<>).MakeGenericType(value.GetType()).GetMethod(nameof(Vocabulary<Unit>.Name))!.Invoke(null, [value])!;
}
