using AzChina.Domain.Time;

namespace AzChina.Generator;

internal sealed partial class RecordWriter
{
    private static readonly (string Name, string Unit, string Label, double Base)[] Indicators =
    [
        ("exports", "USD", "Exports", 2e8), ("imports", "USD", "Imports", 2e8), ("fdi_inflow", "USD", "Foreign direct investment inflow", 5e7),
        ("fdi_stock", "USD", "Foreign direct investment stock", 5e8), ("trade_growth", "percent", "Growth of trade", 10),
        ("tourist_arrivals", "count", "Tourist arrivals", 20000), ("direct_flights_weekly", "count", "Direct flights a week", 10),
        ("students_abroad", "count", "Students studying in the partner country", 1500),
        ("rail_freight_containers", "count", "Rail freight containers", 5000), ("joint_ventures", "count", "Joint ventures", 40),
    ];

    private Inserter? _claims;

    private void WriteMetrics()
    {
        using var metrics = new Inserter(db, "metrics", "name", "label", "unit", "description", "direction");
        using var claims = _claims = new Inserter(db, "claims", "id", "metric", "period", "period_start", "period_end", "period_known",
            "reporter", "partner", "subject", "value", "qualifier", "stated", "asserted_by", "note", "source_id");

        // The Azerbaijan–China trade turnover stays a short yearly series at every size, like the curated one.
        metrics.Insert("trade_turnover", "Azerbaijan–China trade turnover", "USD",
            "Total value of trade (exports plus imports) between Azerbaijan and China in the period; reporter AZ, partner CN.", "pair");
        Metrics++;
        for (var year = 2010; year <= 2025; year++)
        {
            var value = 5e8 * Math.Pow(1.12, year - 2010);
            for (var k = 0; k < 1 + random.Next(3); k++) Claim("trade_turnover", year.ToString(), World.Countries[0], World.Countries[1], "USD", value);
        }

        // More data brings more indicators (one per commodity and direction), each over many country pairs.
        var all = Indicators.Concat(World.Commodities.SelectMany(c => new (string Name, string Unit, string Label, double Base)[]
        {
            ($"exports_{c}", "USD", $"Exports of {c.Replace('_', ' ')}", 2e7), ($"imports_{c}", "USD", $"Imports of {c.Replace('_', ' ')}", 2e7),
        })).ToArray();
        var used = all.Take(Math.Min(all.Length, 10 + eventCount / 20000)).ToArray();
        foreach (var m in used)
            metrics.Insert(m.Name, m.Label, m.Unit, $"{m.Label} between two countries in the period, as the reporting country states it.", "pair");
        Metrics += used.Length;

        var perMetric = Math.Max(20, eventCount / 4 / used.Length);
        foreach (var m in used)
            for (var i = 0; i < perMetric; i++)
            {
                var (a, b) = RandomPair();
                var quarterly = random.NextDouble() < 0.3;
                var year = quarterly ? 2015 + random.Next(11) : 1995 + random.Next(31);
                var period = quarterly ? $"{year}-Q{1 + random.Next(4)}" : year.ToString();
                Claim(m.Name, period, a, b, m.Unit, m.Base * (0.5 + random.NextDouble()) * Math.Pow(1.05, year - 1995));
            }
    }

    private void Claim(string metric, string period, Country reporter, Country partner, string unit, double value)
    {
        var id = $"claim-{++Claims:D7}";
        var span = Period.Parse(period);
        var qualifier = random.NextDouble() switch { < 0.7 => "exact", < 0.85 => "approximately", < 0.95 => "over", _ => "nearly" };
        // Round as news does: three significant figures.
        var scale = Math.Pow(10, Math.Floor(Math.Log10(value)) - 2);
        var rounded = Math.Round(value / scale) * scale;
        if (unit == "count") rounded = Math.Max(1, Math.Round(rounded));
        var stated = Texts.Stated(rounded, unit);
        var sourceId = SourceAfter(span.End);
        _claims!.Insert(id, metric, period, Iso(span.Start), Iso(span.End), "stated", reporter.Code, partner.Code, null, rounded, qualifier,
            stated, null, null, sourceId);
        Evidence("claim", id, 0, sourceId, $"{metric.Replace('_', ' ')} between {reporter.Name} and {partner.Name} reached {stated} in {period}.");
    }
}
