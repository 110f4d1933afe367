using System.Globalization;
using System.Xml.Linq;
using AzChina.Domain.Metrics;
using AzChina.Domain.Vocabularies;

namespace AzChina.Api.Metrics;

/// <summary>
/// A self-contained SVG chart of a series: one mark per observation (a bar for amounts, counts, lengths
/// and percentages; a dot on an inverted axis for ranks, where 1st is best and at the top), its value as
/// <see cref="Observation.Display"/>, a glyph where the source hedged (▲ a lower bound, ▼ an upper
/// bound, ≈ approximately), and under each the period, the direction when the series has several, and
/// how many sources state it from how many independent origins. Built with XElement, so every text and attribute is XML-escaped.
/// Text is measured (<see cref="ChartText"/>): a long title or subtitle wraps, and the slots widen to
/// their widest label, so nothing is clipped. A bar's width shows its period's length, so that a year's
/// total and a quarter's, side by side, do not look alike.
/// </summary>
internal static class ChartSvg
{
    public const string ContentType = "image/svg+xml";

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private const double MinSlot = 130, Left = 44, Right = 20, PlotTop = 80, PlotBottom = 270, Height = 380, MinWidth = 560;
    private const double TitleSize = 16, TitleLine = 20, SubtitleSize = 11, SubtitleLine = 14, LegendLine = 14;

    public static string Render(MetricSeries series)
    {
        // A chart places each value in time: a figure whose documents give no period has no place on it.
        series = series with { Observations = series.Observations.Where(o => o.Period is not null).ToList() };
        var observations = series.Observations;
        var slot = Math.Max(MinSlot, observations.Select(WidestLabel).DefaultIfEmpty(0).Max() + 14);
        var width = Math.Max(MinWidth, Left + Right + slot * observations.Count);
        var title = ChartText.Wrap(series.Label, TitleSize, width - Left - Right, bold: true);
        var subtitle = ChartText.Wrap(Subtitle(series), SubtitleSize, width - Left - Right);
        // Everything below the header moves down by the lines the header wrapped onto.
        var shift = (title.Count - 1) * TitleLine + (subtitle.Count - 1) * SubtitleLine;
        var bars = observations.Where(o => o.Unit != Unit.Rank).Select(BarOf).Distinct().ToList();
        var lengths = bars.Select(b => b.Length).ToList();
        // Said in the legend where the widths differ (a year's bar beside a quarter's).
        var explainWidths = bars.Select(b => b.Width).Distinct().Count() > 1;
        var height = Height + shift + (explainWidths ? LegendLine : 0);

        var root = new XElement(Svg + "svg",
            new XAttribute("width", N(width)), new XAttribute("height", N(height)),
            new XAttribute("viewBox", $"0 0 {N(width)} {N(height)}"), new XAttribute("role", "img"),
            new XAttribute("font-family", "system-ui, -apple-system, 'Segoe UI', sans-serif"),
            new XElement(Svg + "title", $"{series.Label} ({Vocabulary<Unit>.Name(series.Unit)})"),
            new XElement(Svg + "rect", new XAttribute("width", "100%"), new XAttribute("height", "100%"), new XAttribute("fill", "#ffffff")));
        for (var i = 0; i < title.Count; i++)
            root.Add(Text(Left, 30 + i * TitleLine, title[i], TitleSize, "title", weight: "600"));
        for (var i = 0; i < subtitle.Count; i++)
            root.Add(Text(Left, 50 + (title.Count - 1) * TitleLine + i * SubtitleLine, subtitle[i], SubtitleSize, "subtitle", fill: "#555555"));

        var body = new XElement(Svg + "g", new XAttribute("transform", $"translate(0 {N(shift)})"));
        if (observations.Count == 0)
            body.Add(Text(width / 2, (PlotTop + PlotBottom) / 2, "No observations for these filters", 13, "empty", anchor: "middle", fill: "#777777"));
        else
            body.Add(Plot(series, slot));

        body.Add(Text(Left, Height - 26, "Source hedges: ▲ lower bound (over, at least) · ▼ upper bound (nearly, under, up to)", 10, "legend", fill: "#555555"),
            Text(Left, Height - 12, "≈ approximately · red mark: the sources conflict · hover a mark for details", 10, "legend", fill: "#555555"));
        if (explainWidths)
            body.Add(Text(Left, Height + 2, $"Bar width shows the period's length: {string.Join(" · ", Lengths.Where(l => lengths.Contains(l.Key)).Select(l => l.Legend))}", 10, "legend", fill: "#555555"));
        root.Add(body);
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + root;
    }

    private static readonly (string Key, string Legend)[] Lengths =
        [("year", "year (widest)"), ("quarter", "quarter"), ("month", "month"), ("point-in-time", "point in time")];

    /// <summary>
    /// A bar's width by the length of its period. A point-in-time or cumulative figure (a stock on a day)
    /// is a level, not a flow over a day, so it is drawn full width.
    /// </summary>
    private static (double Width, string Length) BarOf(Observation o) => (o.PeriodEnd!.Value.DayNumber - o.PeriodStart!.Value.DayNumber + 1) switch
    {
        >= 365 => (60, "year"),
        >= 89 => (34, "quarter"),
        >= 28 => (20, "month"),
        _ => (60, "point-in-time"),
    };

    private static string PeriodLabel(Observation o) => o.Period!;

    private static double WidestLabel(Observation o) => new[]
    {
        ChartText.Width(o.Display, 11, bold: true), ChartText.Width(PeriodLabel(o), 12),
        ChartText.Width(DirectionOf(o), 11), ChartText.Width(Sources(o), 10),
    }.Max();

    private static string Subtitle(MetricSeries series)
    {
        var asOf = series.AsOf is { } d ? $" · as known on {IsoDates.Format(d)}" : "";
        return $"{series.Name} · unit {Vocabulary<Unit>.Name(series.Unit)} · preferred value of each observation's claims{asOf}";
    }

    private static IEnumerable<XElement> Plot(MetricSeries series, double slot)
    {
        var observations = series.Observations;
        var rank = series.Unit == Unit.Rank;
        var severalDirections = observations.Select(o => (o.Reporter, o.Partner, o.Subject)).Distinct().Count() > 1;
        Func<double, double> y = rank ? RankScale(observations) : ValueScale(observations);
        var baseline = rank ? PlotBottom : y(0);

        yield return Line(Left, baseline, Left + slot * observations.Count, baseline, "axis");
        if (rank)
        {
            // Where 1st would be, so a rank far from it reads as far from the top.
            var first = Line(Left, y(1), Left + slot * observations.Count, y(1), "guide");
            first.Add(new XAttribute("stroke-dasharray", "4 4"));
            yield return first;
            yield return Text(Left - 6, y(1) + 4, "1st", 10, "guide", anchor: "end", fill: "#777777");
        }
        for (var i = 0; i < observations.Count; i++)
        {
            var o = observations[i];
            var x = Left + slot * (i + 0.5);
            var top = y(o.Value);
            var group = new XElement(Svg + "g", new XAttribute("class", "observation"), new XAttribute("data-period", o.Period ?? ""),
                new XElement(Svg + "title", Tooltip(o)));
            group.Add(rank
                ? new XElement(Svg + "circle", new XAttribute("class", "mark"), new XAttribute("cx", N(x)), new XAttribute("cy", N(top)),
                    new XAttribute("r", "7"), new XAttribute("fill", Colour(o)))
                : new XElement(Svg + "rect", new XAttribute("class", "mark"), new XAttribute("data-length", BarOf(o).Length),
                    new XAttribute("x", N(x - BarOf(o).Width / 2)), new XAttribute("width", N(BarOf(o).Width)),
                    new XAttribute("y", N(Math.Min(top, baseline))), new XAttribute("height", N(Math.Max(1, Math.Abs(baseline - top)))),
                    new XAttribute("fill", Colour(o))));

            var above = rank || o.Value >= 0;
            var labelY = above ? Math.Min(top, baseline) - (rank ? 14 : 8) : Math.Max(top, baseline) + 16;
            group.Add(Text(x, labelY, o.Display, 11, "value", anchor: "middle", weight: "600"));
            if (Hedge(o.Qualifier) is { } hedge)
                group.Add(new XElement(Svg + "text", new XAttribute("class", "hedge"), new XAttribute("x", N(x)),
                    new XAttribute("y", N(above ? labelY - 14 : labelY + 14)), new XAttribute("text-anchor", "middle"),
                    new XAttribute("font-size", "12"), new XAttribute("fill", "#b5651d"),
                    hedge.Glyph, new XElement(Svg + "title", hedge.Meaning)));

            var labelTop = Math.Max(PlotBottom, baseline) + 22;
            group.Add(Text(x, labelTop, PeriodLabel(o), 12, "period", anchor: "middle"));
            if (severalDirections) group.Add(Text(x, labelTop + 15, DirectionOf(o), 11, "direction", anchor: "middle", fill: "#333333"));
            group.Add(Text(x, labelTop + (severalDirections ? 30 : 15), Sources(o), 10, "sources", anchor: "middle", fill: "#777777"));
            yield return group;
        }
    }

    /// <summary>Bars from zero: the scale always includes 0 so bar lengths compare honestly.</summary>
    private static Func<double, double> ValueScale(IReadOnlyList<Observation> observations)
    {
        var max = Math.Max(0, observations.Max(o => o.Value));
        var min = Math.Min(0, observations.Min(o => o.Value));
        var span = max - min == 0 ? 1 : max - min;
        const double room = 40; // space above the tallest bar for its label and hedge glyph
        return v => PlotBottom - (v - min) / span * (PlotBottom - PlotTop - room);
    }

    /// <summary>Ranks: 1st at the top, the worst rank shown near the bottom.</summary>
    private static Func<double, double> RankScale(IReadOnlyList<Observation> observations)
    {
        var worst = Math.Max(2, observations.Max(o => o.Value));
        return v => PlotTop + 30 + (v - 1) / (worst - 1) * (PlotBottom - PlotTop - 50);
    }

    private static (string Glyph, string Meaning)? Hedge(Qualifier qualifier) => qualifier switch
    {
        Qualifier.Over or Qualifier.AtLeast => ("▲", "The source gives a lower bound: " + ValueDisplay.Hedge(qualifier).Trim() + " the value"),
        Qualifier.Nearly or Qualifier.Under or Qualifier.UpTo => ("▼", "The source gives an upper bound: " + ValueDisplay.Hedge(qualifier).Trim() + " the value"),
        Qualifier.Approximately => ("≈", "The source gives an approximate value"),
        _ => null,
    };

    private static string Tooltip(Observation o)
    {
        var direction = DirectionOf(o) is { Length: > 0 } d ? $" {d}" : "";
        var agreement = o.Agreement is { } a ? $", claims {Vocabulary<ClaimAgreement>.Name(a)}" : "";
        return $"{PeriodLabel(o)}{direction}: {o.Display}{agreement}, {Sources(o)}";
    }

    private static string DirectionOf(Observation o) =>
        o.Subject ?? (o.Reporter, o.Partner) switch
        {
            (not null, not null) => $"{o.Reporter}→{o.Partner}",
            (not null, null) => o.Reporter,
            _ => "",
        };

    /// <summary>
    /// How many sources state it and, where fewer, from how many independent origins (issue 13, item 4):
    /// "2 sources · 1 origin" for two outlets relaying one interview, so a relay does not read as corroboration.
    /// </summary>
    private static string Sources(Observation o)
    {
        var sources = o.SourceCount == 1 ? "1 source" : $"{o.SourceCount} sources";
        if (o.IndependentOriginCount >= o.SourceCount) return sources;
        return $"{sources} · {(o.IndependentOriginCount == 1 ? "1 origin" : $"{o.IndependentOriginCount} origins")}";
    }

    private static string Colour(Observation o) => o.Agreement == ClaimAgreement.Conflicting ? "#c0392b" : o.Unit switch
    {
        Unit.Percent => "#3d8b5f",
        Unit.Rank => "#7b4fa0",
        _ => "#2f6f9f",
    };

    private static XElement Line(double x1, double y1, double x2, double y2, string cssClass) =>
        new(Svg + "line", new XAttribute("class", cssClass), new XAttribute("x1", N(x1)), new XAttribute("y1", N(y1)),
            new XAttribute("x2", N(x2)), new XAttribute("y2", N(y2)), new XAttribute("stroke", "#888888"));

    private static XElement Text(double x, double y, string text, double size, string cssClass,
        string anchor = "start", string weight = "400", string fill = "#111111") =>
        new(Svg + "text", new XAttribute("class", cssClass), new XAttribute("x", N(x)), new XAttribute("y", N(y)),
            new XAttribute("font-size", N(size)), new XAttribute("font-weight", weight), new XAttribute("text-anchor", anchor),
            new XAttribute("fill", fill), text);

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
