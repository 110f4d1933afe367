using System.Globalization;
using AzChina.Domain.Search;

namespace AzChina.Generator;

/// <summary>Titles, summaries and quotes written from templates, so that full-text search has news-like text to index.</summary>
internal sealed class Texts(Random random)
{
    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static readonly string[] Roots =
    [
        "Kara", "Ba", "Tur", "Sha", "Ali", "Mir", "Zhen", "Lun", "Ko", "Dem", "Ras", "Nur", "Tal", "Vel", "Sor", "Ham",
        "Gul", "Xan", "Bor", "Fen", "Lor", "Jav", "Qas", "Ten",
    ];
    private static readonly string[] Middles = ["", "a", "i", "ma", "ri", "ba", "lo", "han", "ve", "zu", "da", "ke"];
    private static readonly string[] Endings = ["ov", "ev", "li", "yan", "ski", "er", "i", "ani", "son", "oğlu", "zadə", "berg"];

    /// <summary>
    /// A surname: a common one of the country, or, as often, one made of syllables. With many people
    /// (a large dataset) most names are rare, as in a real archive, so searching a person's name finds
    /// about as many records at a million events as at ten thousand.
    /// </summary>
    public string Surname(Country country) =>
        random.NextDouble() < 0.4 ? Pick(country.LastNames) : Pick(Roots) + Pick(Middles) + Pick(Roots).ToLowerInvariant() + Pick(Endings);

    public string Phrase(string topic) => Pick(World.TopicPhrases[topic]);

    public string EventTitle(string type, string a, string b, string p1, string p2, string city, string topic, int session) => type switch
    {
        "meeting" => $"{p1} meets {p2} in {city}",
        "state_visit" => $"State visit of the President of {a} to {b}",
        "official_visit" => $"{p1} pays an official visit to {b}",
        "visit" => $"{p1} visits {city} to discuss {Phrase(topic)}",
        "summit" => $"Leaders of {a} and {b} meet at a summit in {city}",
        "commission_session" => $"{Ordinal(session)} session of the {a}–{b} intergovernmental commission",
        "interview" => $"{p1} on {Phrase(topic)} between {a} and {b}",
        "statement" => $"{p1} says {a}–{b} cooperation in {Phrase(topic)} will grow",
        "announcement" => $"{a} and {b} announce plans for {Phrase(topic)}",
        "signing" => $"{a} and {b} sign documents on {Phrase(topic)} in {city}",
        "media_report" => $"Media report on {Phrase(topic)} between {a} and {b}",
        "analysis" => $"Analysts weigh {a}–{b} {Phrase(topic)}",
        "congratulation" => $"{p1} congratulates {p2}",
        "policy_decision" => $"{a} decides on {Phrase(topic)} with {b}",
        _ => $"{a} and {b}: {Phrase(topic)}",
    };

    public string EventSummary(string a, string b, string p1, string p2, string city, IReadOnlyList<string> topics)
    {
        var first = Phrase(topics[0]);
        var second = topics.Count > 1 ? Phrase(topics[1]) : Phrase(Pick(World.Topics));
        return Pick<Func<string>>(
        [
            () => $"In {city}, {p1} and {p2} discussed {first} and {second}, and agreed that relations between {a} and {b} have reached a new level.",
            () => $"{p1} met {p2} to review {first}; the sides also spoke about {second} and the next meeting of the commission.",
            () => $"The talks in {city} focused on {first}. {p2} said {b} was ready to expand {second} with {a}.",
            () => $"{a} and {b} reviewed progress on {first} and {second}; {p1} noted the growth of trade over the past year.",
        ])();
    }

    public string Quote(string speaker, string a, string b, string topic) => Pick<Func<string>>(
    [
        () => $"\u201c{a} attaches great importance to {Phrase(topic)} with {b},\u201d {speaker} said.",
        () => $"{speaker} noted that {Phrase(topic)} between {a} and {b} had expanded considerably.",
        () => $"According to {speaker}, the parties discussed {Phrase(topic)} and agreed to continue the dialogue.",
        () => $"{speaker} stressed that {b} and {a} share a commitment to {Phrase(topic)}.",
    ])();

    public string Headline(string a, string b, string topic) => Pick<Func<string>>(
    [
        () => $"{a} and {b} discuss {Phrase(topic)}",
        () => $"{b} eyes {Phrase(topic)} with {a}",
        () => $"New steps in {a}–{b} {Phrase(topic)}",
    ])();

    public string AgreementTitle(string kind, string a, string b, string topic) => kind switch
    {
        "declaration" => $"Joint declaration of {a} and {b} on {Phrase(topic)}",
        "memorandum" => $"Memorandum of understanding between {a} and {b} on {Phrase(topic)}",
        "protocol" => $"Protocol of the {a}–{b} intergovernmental commission on {Phrase(topic)}",
        "program" => $"Programme of {a}–{b} cooperation in {Phrase(topic)}",
        "contract" => $"Contract on {Phrase(topic)} between companies of {a} and {b}",
        "joint_project" => $"Joint project of {a} and {b}: {Phrase(topic)}",
        _ => $"Agreement between {a} and {b} on {Phrase(topic)}",
    };

    /// <summary>A value as a news text writes it: "$3.7 billion", "20.7%", "1,250".</summary>
    public static string Stated(double value, string unit) => unit switch
    {
        "USD" when value >= 1e9 => string.Create(CultureInfo.InvariantCulture, $"${value / 1e9:0.#} billion"),
        "USD" => string.Create(CultureInfo.InvariantCulture, $"${value / 1e6:0.#} million"),
        "percent" => string.Create(CultureInfo.InvariantCulture, $"{value:0.#}%"),
        _ => value.ToString("#,0", CultureInfo.InvariantCulture),
    };

    /// <summary>A record id from a name: folded the way search folds it, then a slug ("Əliyev" → "aliyev").</summary>
    public static string Slug(string name, int number)
    {
        var folded = SearchText.Fold(name);
        var slug = new string(folded.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
        while (slug.Contains("--", StringComparison.Ordinal)) slug = slug.Replace("--", "-", StringComparison.Ordinal);
        return $"{slug.Trim('-')}-{number}";
    }

    private static string Ordinal(int n) => (n % 100) switch
    {
        11 or 12 or 13 => $"{n}th",
        _ => (n % 10) switch { 1 => $"{n}st", 2 => $"{n}nd", 3 => $"{n}rd", _ => $"{n}th" },
    };
}
