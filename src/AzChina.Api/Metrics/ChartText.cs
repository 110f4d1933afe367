namespace AzChina.Api.Metrics;

/// <summary>
/// How wide a chart's text will be, estimated without a font engine, and text wrapped to a width. The
/// advances are DejaVu Sans's (in em), the widest of the faces the chart's font-family falls back to
/// (it is what Linux shows for system-ui), rounded up: text measured to fit here fits in any of them.
/// </summary>
internal static class ChartText
{
    private const double BoldFactor = 1.12;

    public static double Width(string text, double size, bool bold = false) =>
        text.Sum(Advance) * size * (bold ? BoldFactor : 1);

    /// <summary>Lines of at most <paramref name="maxWidth"/>, broken between words; a word longer than that is a line of its own.</summary>
    public static IReadOnlyList<string> Wrap(string text, double size, double maxWidth, bool bold = false)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (line.Length > 0 && Width(candidate, size, bold) > maxWidth)
            {
                lines.Add(line);
                line = word;
            }
            else line = candidate;
        }
        if (line.Length > 0 || lines.Count == 0) lines.Add(line);
        return lines;
    }

    private static double Advance(char c) => c switch
    {
        ' ' or '·' => 0.32,
        'i' or 'j' or 'l' or '.' or ',' or ':' or ';' or '\'' or '!' or '|' or 'I' => 0.3,
        'f' or 't' or 'r' or '(' or ')' or '[' or ']' or '-' or '/' => 0.42,
        'm' or 'w' or 'M' or 'W' or '%' or '—' => 0.98,
        '▲' or '▼' or '≈' or '→' or '–' or '_' => 0.84,
        >= 'A' and <= 'Z' => 0.74,
        >= '0' and <= '9' or '$' => 0.64,
        _ => 0.63,
    };
}
