using System.Text.Json;
using AzChina.Domain.Seeds;

namespace AzChina.Api.Data;

/// <summary>Reads seeds/*.json into a <see cref="SeedDataset"/>; malformed JSON is reported with file, line and field.</summary>
public static class SeedReader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        // A misspelt field would otherwise be dropped silently and its data lost.
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    public static SeedDataset Read(string seedsPath) => new(
        ReadFile<SeedSource>(seedsPath, SeedDataset.Files.Sources),
        ReadFile<SeedActor>(seedsPath, SeedDataset.Files.Actors),
        ReadFile<SeedEvent>(seedsPath, SeedDataset.Files.Events),
        ReadFile<SeedAgreement>(seedsPath, SeedDataset.Files.Agreements),
        ReadFile<SeedMetric>(seedsPath, SeedDataset.Files.Metrics),
        ReadFile<SeedClaim>(seedsPath, SeedDataset.Files.Claims));

    private static IReadOnlyList<T> ReadFile<T>(string seedsPath, string file)
    {
        var path = Path.Combine(seedsPath, file);
        if (!File.Exists(path))
            throw new SeedValidationException([new SeedError(file, "(file)", "(file)", $"missing: {path}")]);
        try
        {
            var records = JsonSerializer.Deserialize<List<T>>(File.ReadAllBytes(path), Options)
                ?? throw new JsonException("the file holds null, not an array of records");
            if (records.Any(r => r is null)) throw new JsonException("the array holds a null record");
            return records;
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $"line {line + 1}, position {e.BytePositionInLine + 1}: " : "";
            throw new SeedValidationException([new SeedError(file, "(file)", e.Path ?? "(file)", $"malformed JSON: {where}{e.Message}")]);
        }
    }
}
