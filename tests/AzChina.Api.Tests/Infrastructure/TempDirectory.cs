using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace AzChina.Api.Tests.Infrastructure;

/// <summary>A fresh folder for one test's database (and seeds, where a test changes them), removed afterwards.</summary>
public sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("azchina-tests-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>A copy of the repository's seeds that a test may change.</summary>
    public string CopyOfSeeds()
    {
        var seeds = File("seeds");
        Directory.CreateDirectory(seeds);
        foreach (var file in Directory.GetFiles(TestPaths.Seeds, "*.json"))
            System.IO.File.Copy(file, System.IO.Path.Combine(seeds, System.IO.Path.GetFileName(file)));
        return seeds;
    }

    /// <summary>A copy of the repository's seeds with the records of one file changed.</summary>
    public string CopyOfSeedsWith(string file, Action<JsonArray> edit)
    {
        var seeds = CopyOfSeeds();
        EditSeed(seeds, file, edit);
        return seeds;
    }

    /// <summary>Changes the records of one seed file in place, written indented as the repository's are.</summary>
    public static void EditSeed(string seeds, string file, Action<JsonArray> edit)
    {
        var path = System.IO.Path.Combine(seeds, file);
        var records = JsonNode.Parse(System.IO.File.ReadAllText(path))!.AsArray();
        edit(records);
        System.IO.File.WriteAllText(path, records.ToJsonString(new() { WriteIndented = true }));
    }

    public void Dispose()
    {
        // Pooled connections keep the file open (dotnet/efcore#26580).
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
