using AzChina.Data;
using AzChina.Api.Tests.Infrastructure;
using AzChina.Domain.Seeds;

namespace AzChina.Api.Tests.Data;

/// <summary>The curated data itself: valid, complete enough, and every quote verbatim in its document.</summary>
public class DatasetTests
{
    private static readonly SeedDataset Data = SeedReader.Read(TestPaths.Seeds);

    [Fact]
    public void TheSeedsValidate()
    {
        Assert.Empty(SeedValidator.Validate(Data).Select(e => e.ToString()));
    }

    // The display names say what a skip means: dotnet test's default output lists a skipped test by
    // name only, and the reason (RequireDocuments) appears at normal verbosity.
    private const string NeedsDocuments = " (skipped without the source documents in ../shared/seeds or AZCHINA_DOCUMENTS)";

    [SkippableFact(DisplayName = nameof(DatasetTests) + "." + nameof(EachDocumentIsTheVersionTheQuotesWereTakenFrom) + NeedsDocuments)]
    public void EachDocumentIsTheVersionTheQuotesWereTakenFrom()
    {
        var folder = TestPaths.RequireDocuments();

        var problems = new List<string>();
        foreach (var source in Data.Sources)
        {
            var path = Path.Combine(folder, source.Document!);
            if (!File.Exists(path))
            {
                problems.Add($"{source.Document} (source {source.Id}) is missing from {folder}");
                continue;
            }
            using var file = File.OpenRead(path);
            var actual = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(file));
            if (actual != source.Sha256)
                problems.Add($"{source.Document} (source {source.Id}) is another version of the document: its SHA-256 is {actual}, " +
                             $"seeds/sources.json records {source.Sha256}. Check the quotes against it, then update sha256.");
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [SkippableFact(DisplayName = nameof(DatasetTests) + "." + nameof(EveryQuoteIsAVerbatimSpanOfItsSourceDocument) + NeedsDocuments)]
    public void EveryQuoteIsAVerbatimSpanOfItsSourceDocument()
    {
        var folder = TestPaths.RequireDocuments();
        var documents = Data.Sources.ToDictionary(s => s.Id!, s => File.ReadAllText(Path.Combine(folder, s.Document!)));

        var evidence = Data.Actors.Select(a => ("actor", a.Id, a.Evidence))
            .Concat(Data.Events.Select(e => ("event", e.Id, e.Evidence)))
            .Concat(Data.Agreements.Select(a => ("agreement", a.Id, a.Evidence)))
            .Concat(Data.Claims.Select(c => ("claim", c.Id, c.Evidence)))
            .Concat(Data.Places!.Select(p => ("place", p.Id, p.Evidence)))
            .Concat(Data.Projects!.Select(p => ("project", p.Id, p.Evidence)))
            .Concat(Data.Projects!.SelectMany(p => p.Status!.Select((s, i) => ("project status", (string?)$"{p.Id} status[{i}]", s.Evidence))))
            .Concat(Data.Initiatives!.Select(i => ("initiative", i.Id, i.Evidence)))
            .Concat(Data.Initiatives!.SelectMany(i => i.Framings!.Select(f => ("framing", (string?)$"{i.Id} {f.Id}", f.Evidence))))
            .SelectMany(r => r.Evidence!.Select(e => (Kind: r.Item1, Id: r.Item2, e.SourceId, e.Quote)))
            .ToList();

        var notVerbatim = evidence.Where(e => !Quote.IsVerbatimIn(e.Quote!, documents[e.SourceId!]))
            .Select(e => $"{e.Kind} {e.Id}: not in {e.SourceId}: \"{e.Quote}\"").ToList();
        Assert.True(notVerbatim.Count == 0, string.Join(Environment.NewLine, notVerbatim));
        Assert.True(evidence.Count > 200);
    }

    // Needs no documents, so it always runs: the attributed parts of every record are named in its quotes.
    [Fact]
    public void EveryQuoteSupportsTheAttributionItIsAttachedTo()
    {
        var errors = QuoteSupport.Check(Data).Select(e => e.ToString()).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public void EverySourceDocumentIsCited()
    {
        var citing = Data.Events.SelectMany(e => e.Evidence!).Concat(Data.Claims.SelectMany(c => c.Evidence!)).Select(e => e.SourceId).ToHashSet();
        Assert.All(Data.Sources, s => Assert.Contains(s.Id, citing));
    }

    [Fact]
    public void TheDataMeetsTheCurationFloors()
    {
        Assert.True(Data.Events.Count >= 20, $"{Data.Events.Count} events");
        Assert.True(Data.Agreements.Count >= 5, $"{Data.Agreements.Count} agreements");
        Assert.True(Data.Metrics.Count >= 15, $"{Data.Metrics.Count} metrics");
        Assert.True(Data.Claims.Count >= 30, $"{Data.Claims.Count} claims");
        Assert.True(Data.Actors.Count >= 40, $"{Data.Actors.Count} actors");
    }

    [Fact]
    public void EveryReportedGrowthFigureFor2024IsKeptAsItsOwnClaim()
    {
        var growth = Data.Claims.Where(c => c.Metric == "trade_turnover_growth" && c.Period?.Text == "2024").ToList();

        Assert.Equal([20d, 20.7d, 20.7d, 21d], growth.Select(c => c.Value!.Value).Order());
        Assert.Equal(growth.Count, growth.Select(c => c.Evidence![0].SourceId).Distinct().Count());
    }
}
