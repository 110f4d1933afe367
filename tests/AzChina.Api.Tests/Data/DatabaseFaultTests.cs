using AzChina.Data;
using AzChina.Api.Tests.Infrastructure;
using AzChina.Domain.Seeds;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzChina.Api.Tests.Data;

/// <summary>What an unlucky operator meets (issue 16): damaged files, interrupted builds, unwritable folders, bad bytes in seeds.</summary>
public sealed class DatabaseFaultTests : IDisposable
{
    private readonly BuildFolder _folder = new();

    private DatabaseOptions Options => _folder.Options;

    public void Dispose() => _folder.Dispose();

    private BuildOutcome EnsureCurrent() => _folder.EnsureCurrent();

    private static string QuickCheck(string path)
    {
        using var db = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        db.Open();
        return db.ExecuteScalar<string>("PRAGMA quick_check")!;
    }

    [Fact]
    public void AZeroedPageIsFoundAtStartAndTheDatabaseRebuilt()
    {
        EnsureCurrent();
        DatabaseFiles.ZeroPages(Options.Path, 3, 4);
        Assert.NotEqual("ok", QuickCheck(Options.Path));

        Assert.Equal(BuildOutcome.Built, EnsureCurrent());

        Assert.Equal("ok", QuickCheck(Options.Path));
        Assert.Equal(BuildOutcome.Reused, EnsureCurrent());
    }

    [Fact]
    public void WithBuildFromSeedsOffADamagedFileStopsStartUpAndIsLeftAsItIs()
    {
        EnsureCurrent();
        DatabaseFiles.ZeroPages(Options.Path, 3, 4);
        var before = File.ReadAllBytes(Options.Path);
        Options.BuildFromSeeds = false;

        var error = Assert.Throws<InvalidOperationException>(() => EnsureCurrent());

        Assert.Contains("is damaged or not an AzChina database (quick_check:", error.Message);
        Assert.Equal(before, File.ReadAllBytes(Options.Path));
    }

    [Fact]
    public void AFileOverTheVerifySizeStillHasItsLengthChecked()
    {
        EnsureCurrent();
        SqliteConnection.ClearAllPools();
        using (var file = new FileStream(Options.Path, FileMode.Open)) file.SetLength(file.Length - 4096);
        Options.BuildFromSeeds = false;
        Options.VerifyMaxMegabytes = 0;

        var error = Assert.Throws<InvalidOperationException>(() => EnsureCurrent());

        Assert.True(error.Message.Contains("is damaged or not an AzChina database (the file is "), error.Message);
        Assert.Contains("bytes but its header describes", error.Message);
    }

    [Fact]
    public void BuildFilesLeftByKilledBuildsAreRemovedAtStartButNotThoseOfARunningBuild()
    {
        EnsureCurrent();
        var folder = Path.GetDirectoryName(Options.Path)!;
        var killed = Options.Path + ".building-2147483646-0123456789abcdef";
        var olderName = Options.Path + ".building-0123456789abcdef0123456789abcdef";
        // Process 1 is running: its build is not ours to remove.
        var running = Options.Path + ".building-1-0123456789abcdef";
        foreach (var file in new[] { killed, olderName, running }) File.WriteAllBytes(file, new byte[1000]);

        EnsureCurrent();

        Assert.Equal([Options.Path, running], Directory.GetFiles(folder).Order());
    }

    [Fact]
    public void WithBuildFromSeedsOffStaleBuildFilesAreRemovedToo()
    {
        EnsureCurrent();
        var killed = Options.Path + ".building-2147483646-0123456789abcdef";
        File.WriteAllBytes(killed, new byte[1000]);
        Options.BuildFromSeeds = false;

        EnsureCurrent();

        Assert.False(File.Exists(killed));
    }

    [Fact]
    public void AFolderThatCannotBeWrittenIsNamedAsSuch()
    {
        // A path below a regular file: no folder can be made there, even by root, for whom permissions do not apply.
        File.WriteAllText(_folder.File("a-file"), "");
        Options.Path = Path.Combine(_folder.File("a-file"), "data", "azchina.db");

        var error = Assert.Throws<InvalidOperationException>(() => EnsureCurrent());

        Assert.StartsWith($"The data folder {Path.GetDirectoryName(Options.Path)} is read-only or cannot be written", error.Message);
    }

    [Fact]
    public void InvalidUtf8InASeedNamesTheFileAndTheByteOffset()
    {
        var path = Path.Combine(Options.SeedsPath, SeedDataset.Files.Events);
        var bytes = File.ReadAllBytes(path);
        var offset = bytes.AsSpan().IndexOf("\"title\": \""u8) + 10;
        File.WriteAllBytes(path, [.. bytes[..offset], 0xFF, 0xFE, .. bytes[offset..]]);
        var line = bytes.AsSpan(0, offset).Count((byte)'\n') + 1;

        var error = Assert.Throws<SeedValidationException>(() => EnsureCurrent());

        Assert.Equal($"seeds/events.json: record '(file)', field '(file)': invalid UTF-8 at byte offset {offset} (line {line}): bytes FF FE {bytes[offset]:X2} {bytes[offset + 1]:X2}; seed files must be UTF-8",
            Assert.Single(error.Errors).ToString());
        Assert.False(File.Exists(Options.Path));
    }
}
