using System.Globalization;
using AzChina.Domain.Time;
using Microsoft.Data.Sqlite;

namespace AzChina.Generator;

/// <summary>An actor events can name as a participant.</summary>
internal sealed record Person(string Id, string Name, string? Role);

/// <summary>
/// Writes one kind of record after another, in the order the foreign keys need, each with its
/// evidence. Everything random comes from one seeded <see cref="Random"/>, drawn in a fixed order,
/// so a seed and a size always give the same rows.
/// </summary>
internal sealed partial class RecordWriter(SqliteConnection db, Random random, int eventCount)
{
    private static readonly DateOnly FirstDay = new(1992, 4, 2);
    private static readonly DateOnly LastDay = new(2026, 1, 31);

    private readonly Texts _texts = new(random);
    private readonly Dictionary<string, List<Person>> _participants = World.Countries.ToDictionary(c => c.Code, _ => new List<Person>());
    private readonly Dictionary<string, List<string>> _companies = World.Countries.ToDictionary(c => c.Code, _ => new List<string>());
    private string[] _sourceIds = [];
    private DateOnly[] _sourceDates = [];
    private Inserter? _evidence;

    public int Sources => _sourceIds.Length;
    public int Actors { get; private set; }
    public int Agreements { get; private set; }
    public int Claims { get; private set; }
    public int Metrics { get; private set; }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A day between 1992 and 2026, more of them recent, as news archives are.</summary>
    private DateOnly RandomDay(DateOnly first, DateOnly last)
    {
        var span = last.DayNumber - first.DayNumber;
        return DateOnly.FromDayNumber(first.DayNumber + (int)(span * Math.Pow(random.NextDouble(), 0.5)));
    }

    private void Evidence(string kind, string id, int position, string sourceId, string quote) =>
        _evidence!.Insert(kind, id, position, sourceId, quote);

    /// <summary>A source published on or soon after <paramref name="day"/> (the latest one if none is).</summary>
    private string SourceAfter(DateOnly day)
    {
        var i = Array.BinarySearch(_sourceDates, day);
        if (i < 0) i = ~i;
        return _sourceIds[Math.Min(_sourceIds.Length - 1, i + random.Next(3))];
    }

    private (Country A, Country B) RandomPair()
    {
        if (random.NextDouble() < 0.1) return (World.Countries[0], World.Countries[1]);
        var a = random.Next(World.Countries.Length);
        var b = (a + 1 + random.Next(World.Countries.Length - 1)) % World.Countries.Length;
        return (World.Countries[a], World.Countries[b]);
    }

    public void WriteAll()
    {
        using var evidence = _evidence = new Inserter(db, "evidence", "record_kind", "record_id", "position", "source_id", "quote");
        WriteSources(Math.Max(10, eventCount / 10));
        WriteActors(Math.Max(100, eventCount / 20));
        WriteEvents();
        WriteAgreements(Math.Max(5, eventCount / 10));
        WriteMetrics();
    }

    private void WriteSources(int count)
    {
        using var sources = new Inserter(db, "sources", "id", "document", "outlet", "title", "author", "published_on", "published_on_estimated", "note");
        _sourceDates = Enumerable.Range(0, count).Select(_ => RandomDay(new DateOnly(1995, 1, 1), LastDay)).Order().ToArray();
        _sourceIds = Enumerable.Range(1, count).Select(i => $"source-{i:D7}").ToArray();
        for (var i = 0; i < count; i++)
        {
            var (a, b) = RandomPair();
            var topic = _texts.Pick(World.Topics);
            var author = random.NextDouble() < 0.5 ? null : $"{_texts.Pick(a.FirstNames)} {_texts.Pick(a.LastNames)}";
            sources.Insert(_sourceIds[i], $"synthetic/{_sourceIds[i]}.txt", _texts.Pick(World.Outlets), _texts.Headline(a.Name, b.Name, topic),
                author, Iso(_sourceDates[i]), 0, null);
        }
    }

    private void WriteActors(int count)
    {
        using var actors = new Inserter(db, "actors", "id", "name", "kind", "country", "role");
        using var aliases = new Inserter(db, "actor_aliases", "actor_id", "position", "alias");
        void Actor(string id, string name, string kind, string? country, string? role, string quote)
        {
            actors.Insert(id, name, kind, country, role);
            Evidence("actor", id, 0, _sourceIds[random.Next(_sourceIds.Length)], quote);
            Actors++;
        }

        foreach (var c in World.Countries)
            Actor(c.Id, c.Name, "country", c.Code, null, $"{c.Name} is ready to deepen cooperation with its partners, the ministry said.");

        for (var i = 1; i <= count; i++)
        {
            var roll = random.NextDouble();
            var country = roll < 0.2 ? World.Countries[0] : roll < 0.4 ? World.Countries[1] : _texts.Pick(World.Countries);
            var kind = random.NextDouble();
            if (kind < 0.6)
            {
                var (first, last) = (_texts.Pick(country.FirstNames), _texts.Surname(country));
                var name = $"{first} {last}";
                var role = $"{_texts.Pick(World.Roles)} of {country.Name}";
                var id = Texts.Slug(name, i);
                Actor(id, name, "person", country.Code, role, $"{role} {name} said the talks had been constructive.");
                if (random.NextDouble() < 0.3) aliases.Insert(id, 0, $"{first[0]}. {last}");
                _participants[country.Code].Add(new Person(id, name, role));
            }
            else if (kind < 0.8)
            {
                var name = $"{_texts.Pick(World.Ministries)} of {country.Name}";
                var id = Texts.Slug(name, i);
                Actor(id, name, "government_body", country.Code, null, $"The {name} announced new measures.");
                _participants[country.Code].Add(new Person(id, name, null));
            }
            else if (kind < 0.95)
            {
                var name = $"{_texts.Pick(World.CompanyWords)} {_texts.Pick(World.CompanyTrades)} {_texts.Pick(World.CompanyForms)}";
                var id = Texts.Slug(name, i);
                Actor(id, name, "company", country.Code, $"Company based in {_texts.Pick(country.Cities)}", $"{name} plans to expand in the region.");
                _companies[country.Code].Add(id);
            }
            else
            {
                var name = $"{_texts.Pick(country.Cities)} {_texts.Pick(["Daily", "Herald", "Post", "Times", "Review"])}";
                Actor(Texts.Slug(name, i), name, "media", country.Code, null, $"{name} reported on the visit.");
            }
        }
    }
}
