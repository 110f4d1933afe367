// Builds a synthetic AzChina database: N events and, in proportion, sources, actors, agreements,
// metrics and claims over many country pairs, the same rows for the same seed and size.
//   dotnet run -c Release --project bench/AzChina.Generator -- --events 1000000 --seed 7 --out bench/data/events-1000000.db
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using AzChina.Api.Data;
using AzChina.Generator;

var options = Arguments.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: AzChina.Generator --out FILE [--events N (1000..1000000, default 10000)] [--seed S (default 7)]");
    return 2;
}

var migrations = DatasetInputs.ReadMigrations(Path.Combine(AppContext.BaseDirectory, "db"));
// Replicas built with the same size, seed and migrations carry the same fingerprint, and so the same ETags.
var fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
    $"synthetic\n{options.Events}\n{options.Seed}\n{string.Join('\n', migrations.Select(m => m.Checksum))}")))[..16];

var clock = Stopwatch.StartNew();
RecordWriter? writer = null;
DatabaseBuilder.WriteFile(Path.GetFullPath(options.Out), migrations, fingerprint, (db, _) =>
{
    writer = new RecordWriter(db, new Random(options.Seed), options.Events);
    writer.WriteAll();
    Console.WriteLine($"records written in {clock.Elapsed.TotalSeconds:0.0} s; indexing, checking and analysing…");
}, thorough: false);
Console.WriteLine($"{options.Out}: {options.Events} events, {writer!.Agreements} agreements, {writer.Actors} actors, {writer.Sources} sources, " +
                  $"{writer.Metrics} metrics, {writer.Claims} claims; fingerprint {fingerprint}; built in {clock.Elapsed.TotalSeconds:0.0} s");
return 0;

internal sealed record Arguments(string Out, int Events, int Seed)
{
    public static Arguments? Parse(string[] args)
    {
        string? output = null;
        int events = 10_000, seed = 7;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--out": output = args[i + 1]; break;
                case "--events" when int.TryParse(args[i + 1], out var n) && n is >= 1_000 and <= 1_000_000: events = n; break;
                case "--seed" when int.TryParse(args[i + 1], out var s): seed = s; break;
                default: return null;
            }
        }
        return output is null || args.Length % 2 != 0 ? null : new Arguments(output, events, seed);
    }
}
