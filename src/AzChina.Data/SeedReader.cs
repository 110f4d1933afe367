using System.Buffers;
using System.Text.Json;
using System.Text.Unicode;
using AzChina.Domain.Seeds;

namespace AzChina.Data;

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
        ReadFile<SeedClaim>(seedsPath, SeedDataset.Files.Claims),
        ReadFile<SeedPlace>(seedsPath, SeedDataset.Files.Places),
        ReadFile<SeedProject>(seedsPath, SeedDataset.Files.Projects),
        ReadFile<SeedInitiative>(seedsPath, SeedDataset.Files.Initiatives));

    private static IReadOnlyList<T> ReadFile<T>(string seedsPath, string file)
    {
        var path = Path.Combine(seedsPath, file);
        if (!File.Exists(path))
            throw new SeedValidationException([new SeedError(file, "(file)", "(file)", $"missing: {path}")]);
        try
        {
            var bytes = File.ReadAllBytes(path);
            CheckUtf8(file, bytes);
            var records = JsonSerializer.Deserialize<List<T>>(bytes, Options)
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

    /// <summary>
    /// Seeds are UTF-8. The JSON reader reports a bad byte inside a string only as a value that "could not
    /// be converted" (issue 16), so the bytes are checked first and the first bad one named by offset and line.
    /// </summary>
    private static void CheckUtf8(string file, byte[] bytes)
    {
        var status = Utf8.ToUtf16(bytes, new char[bytes.Length], out var valid, out _, replaceInvalidSequences: false);
        if (status != OperationStatus.InvalidData) return;
        var line = bytes.AsSpan(0, valid).Count((byte)'\n') + 1;
        var bad = string.Join(" ", bytes.Skip(valid).Take(4).Select(b => b.ToString("X2")));
        throw new SeedValidationException([new SeedError(file, "(file)", "(file)",
            $"invalid UTF-8 at byte offset {valid} (line {line}): bytes {bad}; seed files must be UTF-8")]);
    }
}
