// Builds a synthetic AzChina database: N events and, in proportion, sources, actors, agreements,
// metrics and claims over many country pairs, the same rows for the same seed and size.
//   dotnet run -c Release --project bench/AzChina.Generator -- --events 1000000 --seed 7 --out bench/data/events-1000000.db
using System.Diagnostics;

namespace AzChina.Generator;

// A named class, not top-level statements: the test project references this assembly and the API's,
// and both would otherwise define a class named Program.
internal static class Program
{
    private static int Main(string[] args)
    {
        var options = Arguments.Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine("usage: AzChina.Generator --out FILE [--events N (1000..1000000, default 10000)] [--seed S (default 7)]");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        var built = Synthetic.Build(options.Out, options.Events, options.Seed,
            message => Console.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: {message}"));
        Console.WriteLine($"{options.Out}: {built.Events} events, {built.Agreements} agreements, {built.Actors} actors, {built.Sources} sources, " +
                          $"{built.Metrics} metrics, {built.Claims} claims; fingerprint {built.Fingerprint}; built in {clock.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }
}


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
