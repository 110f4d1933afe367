using System.Security.Cryptography;
using System.Text;

namespace AzChina.Data;

/// <summary>
/// The files a database is built from (migrations and seeds) and their fingerprint. The fingerprint
/// is stored in the database, so a database built from other inputs is rebuilt, and replicas built
/// from the same inputs carry the same fingerprint.
/// </summary>
public sealed record DatasetInputs(IReadOnlyList<Migration> Migrations, string SeedsPath, string Fingerprint)
{
    public static DatasetInputs Read(DatabaseOptions options)
    {
        if (!Directory.Exists(options.MigrationsPath))
            throw new DirectoryNotFoundException($"Migrations folder not found: {options.MigrationsPath}");
        if (!Directory.Exists(options.SeedsPath))
            throw new DirectoryNotFoundException($"Seeds folder not found: {options.SeedsPath}");

        var migrations = ReadMigrations(options.MigrationsPath);

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var migration in migrations) Add(hash, "db/" + migration.FileName, Encoding.UTF8.GetBytes(migration.Sql));
        foreach (var file in Domain.Seeds.SeedDataset.Files.All)
        {
            var path = Path.Combine(options.SeedsPath, file);
            Add(hash, "seeds/" + file, File.Exists(path) ? File.ReadAllBytes(path) : []);
        }
        var fingerprint = Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
        return new DatasetInputs(migrations, options.SeedsPath, fingerprint);
    }

    /// <summary>The numbered SQL files of a folder, in order.</summary>
    public static IReadOnlyList<Migration> ReadMigrations(string folder)
    {
        var migrations = Directory.GetFiles(folder, "*.sql")
            .Select(Migration.FromFile)
            .OrderBy(m => m.Version, StringComparer.Ordinal)
            .ToList();
        if (migrations.Count == 0) throw new InvalidOperationException($"No migrations (*.sql) in {folder}");
        return migrations;
    }

    private static void Add(IncrementalHash hash, string name, byte[] content)
    {
        // Length-prefixed so that moving bytes between a name and its content changes the hash.
        hash.AppendData(Encoding.UTF8.GetBytes($"{name}\n{content.Length}\n"));
        hash.AppendData(content);
    }
}

/// <summary>A numbered SQL file: <c>0001_schema.sql</c> is version 0001.</summary>
public sealed record Migration(string Version, string FileName, string Sql)
{
    public static Migration FromFile(string path)
    {
        var fileName = Path.GetFileName(path);
        var version = fileName.Split('_', 2)[0];
        if (version.Length == 0 || !version.All(char.IsAsciiDigit))
            throw new InvalidOperationException($"Migration '{fileName}' must start with its number, e.g. 0001_schema.sql");
        return new Migration(version, fileName, File.ReadAllText(path));
    }

    public string Checksum => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql)));
}
