using System.Security.Cryptography;
using System.Text;
using AzChina.Api.Stored;
using AzChina.Data;

namespace AzChina.Generator;

/// <summary>What a synthetic build wrote.</summary>
public sealed record SyntheticCounts(string Fingerprint, int Events, int Agreements, int Actors, int Sources, int Metrics, int Claims);

/// <summary>Builds a synthetic AzChina database; the generator's command line and the query-plan test both use it.</summary>
public static class Synthetic
{
    public static SyntheticCounts Build(string path, int events, int seed, Action<string>? progress = null)
    {
        var migrations = DatasetInputs.ReadMigrations(Path.Combine(AppContext.BaseDirectory, "db"));
        // Replicas built with the same size, seed and migrations carry the same fingerprint, and so the same ETags.
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            $"synthetic\n{events}\n{seed}\n{string.Join('\n', migrations.Select(m => m.Checksum))}")))[..16];
        RecordWriter? writer = null;
        DatabaseBuilder.WriteFile(Path.GetFullPath(path), migrations, fingerprint, (db, _) =>
        {
            writer = new RecordWriter(db, new Random(seed), events);
            writer.WriteAll();
        }, thorough: false, progress, new StoredRepresentations());
        return new SyntheticCounts(fingerprint, events, writer!.Agreements, writer.Actors, writer.Sources, writer.Metrics, writer.Claims);
    }
}
