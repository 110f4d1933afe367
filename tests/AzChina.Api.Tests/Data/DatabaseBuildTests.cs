using System.Text.Json.Nodes;
using AzChina.Data;
using AzChina.Api.Tests.Infrastructure;
using AzChina.Domain.Seeds;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzChina.Api.Tests.Data;

public sealed class DatabaseBuildTests : IDisposable
{
    private readonly BuildFolder _folder = new();

    private DatabaseOptions Options => _folder.Options;

    public void Dispose() => _folder.Dispose();

    private BuildOutcome EnsureCurrent() => _folder.EnsureCurrent();

    private void EditSeed(string file, Action<JsonArray> edit) => TempDirectory.EditSeed(Options.SeedsPath, file, edit);

    private static JsonObject Record(JsonArray records, string id) =>
        records.Select(r => r!.AsObject()).Single(r => (string?)r["id"] == id);

    private string ReadTitle(string eventId)
    {
        using var db = new ReadOnlyDatabase(Options).Open();
        return db.ExecuteScalar<string>("SELECT title FROM events WHERE id = @Id", new { Id = eventId })!;
    }

    [Fact]
    public void BuildsAMissingDatabaseInANewFolderAndThenReusesIt()
    {
        Assert.Equal(BuildOutcome.Built, EnsureCurrent());
        Assert.True(File.Exists(Options.Path));
        Assert.Equal(BuildOutcome.Reused, EnsureCurrent());
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(Options.Path)!));
    }

    [Fact]
    public void RecordsTheMigrationsItApplied()
    {
        EnsureCurrent();

        using var db = new ReadOnlyDatabase(Options).Open();
        var versions = db.Query<string>("SELECT version FROM schema_migrations ORDER BY version").ToList();
        Assert.Equal(Directory.GetFiles(TestPaths.Migrations, "*.sql").Select(f => Path.GetFileName(f).Split('_')[0]).Order(), versions);
    }

    [Fact]
    public void RebuildsWhenASeedChanges()
    {
        EnsureCurrent();
        var before = new ReadOnlyDatabase(Options).Fingerprint;
        SqliteConnection.ClearAllPools();

        EditSeed(SeedDataset.Files.Events, events => Record(events, "commission-10th-meeting-2025-04-16")["title"] = "Retitled session");

        Assert.Equal(BuildOutcome.Built, EnsureCurrent());
        Assert.Equal("Retitled session", ReadTitle("commission-10th-meeting-2025-04-16"));
        Assert.NotEqual(before, new ReadOnlyDatabase(Options).Fingerprint);
    }

    [Fact]
    public void TwoBuildsFromTheSameSeedsHaveTheSameFingerprint()
    {
        EnsureCurrent();
        var first = new ReadOnlyDatabase(Options).Fingerprint;
        SqliteConnection.ClearAllPools();
        File.Delete(Options.Path);

        Assert.Equal(BuildOutcome.Built, EnsureCurrent());
        Assert.Equal(first, new ReadOnlyDatabase(Options).Fingerprint);
    }

    public static TheoryData<string, string, string, string> BrokenSeeds => new()
    {
        // file, record id, field to break, expected words in the message
        { SeedDataset.Files.Events, "commission-10th-meeting-2025-04-16", "participants", "unknown actor 'nobody'" },
        { SeedDataset.Files.Events, "astana-summit-2024-07", "date", "'2024-13' is not an EDTF date" },
        { SeedDataset.Files.Agreements, "visa-free-travel-agreement", "status", "'maybe' is not one of" },
        { SeedDataset.Files.Actors, "china", "evidence", "at least one" },
        { SeedDataset.Files.Actors, "china", "id", "duplicate id" },
    };

    [Theory]
    [MemberData(nameof(BrokenSeeds))]
    public void AnInvalidSeedStopsTheBuildNamingFileRecordAndFieldAndLeavesTheOldDatabase(string file, string id, string field, string message)
    {
        EnsureCurrent();
        SqliteConnection.ClearAllPools();
        var before = File.ReadAllBytes(Options.Path);

        EditSeed(file, records =>
        {
            var record = Record(records, id);
            switch (field)
            {
                case "participants": record["participants"]!.AsArray().Add(new JsonObject { ["actorId"] = "nobody", ["role"] = null }); break;
                case "date": record["date"]!["edtf"] = "2024-13"; break;
                case "status": record["status"] = "maybe"; break;
                case "evidence": record["evidence"] = new JsonArray(); break;
                case "id": records.Add(record.DeepClone()); break;
            }
        });

        var error = Assert.Throws<SeedValidationException>(() => EnsureCurrent());
        Assert.Contains($"seeds/{file}", error.Message);
        Assert.Contains($"'{id}'", error.Message);
        Assert.Contains(field, error.Message);
        Assert.Contains(message, error.Message);
        Assert.Equal(before, File.ReadAllBytes(Options.Path));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(Options.Path)!));
    }

    [Fact]
    public void MalformedJsonNamesTheFileAndLine()
    {
        File.WriteAllText(Path.Combine(Options.SeedsPath, SeedDataset.Files.Metrics), "[\n  { \"name\": \"x\",\n");

        var error = Assert.Throws<SeedValidationException>(() => EnsureCurrent());
        Assert.Contains("seeds/metrics.json", error.Message);
        Assert.Contains("line", error.Message);
        Assert.False(File.Exists(Options.Path));
    }

    [Fact]
    public void AMisspeltFieldIsRejectedRatherThanDropped()
    {
        EditSeed(SeedDataset.Files.Metrics, metrics => metrics[0]!.AsObject()["lable"] = "typo");

        var error = Assert.Throws<SeedValidationException>(() => EnsureCurrent());
        Assert.Contains("lable", error.Message);
    }

    [Fact]
    public void TheServingConnectionCannotWrite()
    {
        EnsureCurrent();

        using var db = new ReadOnlyDatabase(Options).Open();
        var error = Assert.Throws<SqliteException>(() => db.Execute("UPDATE metrics SET label = 'changed'"));
        Assert.Contains("readonly", error.Message);
        Assert.NotEqual(0, db.ExecuteScalar<long>("SELECT count(*) FROM metrics WHERE label <> 'changed'"));
    }

    [Fact]
    public void AnApiHostWithInvalidSeedsDoesNotStart()
    {
        EditSeed(SeedDataset.Files.Events, events => Record(events, "astana-summit-2024-07")["type"] = "party");

        using var factory = new AzChinaApiFactory { SeedsPath = Options.SeedsPath };
        var error = Assert.Throws<SeedValidationException>(() => factory.CreateClient());
        Assert.Contains("'party' is not one of", error.Message);
    }

    [Fact]
    public void AnUnreadableDatabaseFileIsRebuilt()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Options.Path)!);
        File.WriteAllText(Options.Path, "not a database");

        Assert.Equal(BuildOutcome.Built, EnsureCurrent());
        Assert.Equal(BuildOutcome.Reused, EnsureCurrent());
    }

    [Fact]
    public void WithBuildFromSeedsOffTheFileIsServedAsItIsEvenWhenTheSeedsChanged()
    {
        EnsureCurrent();
        SqliteConnection.ClearAllPools();
        var before = File.ReadAllBytes(Options.Path);
        EditSeed(SeedDataset.Files.Events, events => Record(events, "commission-10th-meeting-2025-04-16")["title"] = "Retitled session");

        Options.BuildFromSeeds = false;

        Assert.Equal(BuildOutcome.ServedAsIs, EnsureCurrent());
        Assert.Equal(before, File.ReadAllBytes(Options.Path));
        Assert.NotEqual("Retitled session", ReadTitle("commission-10th-meeting-2025-04-16"));
    }

    [Fact]
    public void ADatabaseBuiltByOtherCodeIsRebuilt()
    {
        EnsureCurrent();
        SqliteConnection.ClearAllPools();
        using (var db = new SqliteConnection($"Data Source={Options.Path};Pooling=False"))
            db.Execute("UPDATE dataset_info SET value = 'older-code' WHERE key = 'built_by'");

        Assert.Equal(BuildOutcome.Built, EnsureCurrent());
        Assert.Equal(BuildOutcome.Reused, EnsureCurrent());
    }

    [Fact]
    public void WithBuildFromSeedsOffADatabaseWithOtherMigrationsStopsStartUp()
    {
        EnsureCurrent();
        SqliteConnection.ClearAllPools();
        var newest = Directory.GetFiles(TestPaths.Migrations, "*.sql").Select(Path.GetFileName).Order().Last()!;
        using (var db = new SqliteConnection($"Data Source={Options.Path};Pooling=False"))
            db.Execute("DELETE FROM schema_migrations WHERE name = @Newest", new { Newest = newest });
        var before = File.ReadAllBytes(Options.Path);
        Options.BuildFromSeeds = false;

        var error = Assert.Throws<InvalidOperationException>(() => EnsureCurrent());

        Assert.Contains($"this API needs [", error.Message);
        Assert.Contains(newest, error.Message);
        Assert.Equal(before, File.ReadAllBytes(Options.Path));
    }

    [Fact]
    public void WithBuildFromSeedsOffAMissingOrForeignFileStopsStartUp()
    {
        Options.BuildFromSeeds = false;
        var missing = Assert.Throws<InvalidOperationException>(() => EnsureCurrent());
        Assert.Contains("no database", missing.Message);
        Assert.False(File.Exists(Options.Path));

        Directory.CreateDirectory(Path.GetDirectoryName(Options.Path)!);
        File.WriteAllText(Options.Path, "not a database");
        var foreign = Assert.Throws<InvalidOperationException>(() => EnsureCurrent());
        Assert.Contains("not an AzChina database", foreign.Message);
        Assert.Equal("not a database", File.ReadAllText(Options.Path));
    }

    [Fact]
    public async Task AnApiHostWithBuildFromSeedsOffServesTheGivenFile()
    {
        EnsureCurrent();
        SqliteConnection.ClearAllPools();
        using (var db = new SqliteConnection($"Data Source={Options.Path};Pooling=False"))
            db.Execute("UPDATE dataset_info SET value = 'served-as-is' WHERE key = 'fingerprint'");

        using var factory = new AzChinaApiFactory
        {
            Settings = new Dictionary<string, string?> { ["Database:Path"] = Options.Path, ["Database:BuildFromSeeds"] = "false" },
        };
        var health = await factory.CreateClient().GetJson("/health");
        Assert.Equal("served-as-is", health.Str("fingerprint"));
    }
}
