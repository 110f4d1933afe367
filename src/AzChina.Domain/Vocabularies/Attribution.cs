namespace AzChina.Domain.Vocabularies;

/// <summary>
/// How a record's place is known (review C11): stated by the document, assumed from the outlet's dateline
/// (where the article was filed, not necessarily where the thing happened), or inferred from the text
/// ("Aliyev was visited by" puts the meeting in Azerbaijan without naming a place).
/// </summary>
public enum LocationBasis { Stated, AssumedFromDateline, InferredFromText }

/// <summary>
/// What a claim's reporter and partner mean for a metric (seeds/README.md, "Direction"):
/// flow: reporter is the origin and partner the destination (investment, companies with Chinese capital);
/// pair: reporter is the country whose figures or partners they are, partner the other country (trade, ranks, shares);
/// country: the figure is about the reporter alone (partner null);
/// subject: the figure is about an actor (subject), not a country (reporter and partner null).
/// </summary>
public enum MetricDirection { Flow, Pair, Country, Subject }

/// <summary>
/// Event types that are an act of speech: the event is that someone said something, so it names its speaker.
/// Whether the utterance happened is the outlet's report (reported) or another actor's word (claimed); what
/// the speaker asserts is the speaker's claim, recorded in claims.json or agreements.json (seeds/README.md).
/// </summary>
public static class Utterances
{
    public static IReadOnlySet<EventType> Types { get; } = new HashSet<EventType>
    {
        EventType.Statement, EventType.Announcement, EventType.Denial, EventType.Congratulation, EventType.Analysis,
        EventType.Invitation,
    };

    /// <summary>Types that may name a speaker: utterances, and the interview (its interviewee).</summary>
    public static bool MayNameSpeaker(EventType type) => Types.Contains(type) || type == EventType.Interview;
}
