using System.ComponentModel;
using AzChina.Api.Hosting;
using Microsoft.AspNetCore.Mvc;
using AzChina.Domain.Vocabularies;

namespace AzChina.Api.Events;

/// <summary>The filters of GET /events, as the query string gives them.</summary>
public readonly record struct EventFilterParameters(
    [FromQuery(Name = "from"), Description(DateFilter.FromDescription)] string? From,
    [FromQuery(Name = "to"), Description(DateFilter.ToDescription)] string? To,
    [FromQuery(Name = "actor"), Description("Actor id; repeat it to ask for events in which every given actor took part, e.g. actor=ilham-aliyev&actor=xi-jinping.")] string[]? Actor,
    [FromQuery(Name = "type"), Schema(typeof(EventType)), Description("Event type: only events of this type.")] string? Type,
    [FromQuery(Name = "status"), Schema(typeof(EventStatus[])), Description("Status: only events in it (held, planned, cancelled, unknown); repeat it for any of several, e.g. status=held&status=planned.")] string[]? Status,
    [FromQuery(Name = "partOf"), Description("none: only occasions, the events that are part of no other (counts per day then count occasions, not the statements made at them); an event id: only the parts of that occasion.")] string? PartOf,
    [FromQuery(Name = "topic"), Schema(typeof(Topic)), Description("Topic: only events about it.")] string? Topic,
    [FromQuery(Name = "country"), Description("ISO 3166-1 alpha-2 code: events held in that country or with a participant from it.")] string? Country,
    [FromQuery(Name = "q"), Description("Full-text search in titles, summaries, participant names and evidence quotes; case- and diacritics-insensitive (Aliyev finds Əliyev); at most 200 characters.")] string? Q,
    [FromQuery(Name = "sort"), DefaultValue("-date"), Description("date (oldest first) or -date (newest first, the default); records with no earliest day (unknown, or only \"on or before\") come last either way.")] string? Sort,
    [FromQuery(Name = "dateMatch"), Schema(typeof(Domain.Time.DateMatch)), DefaultValue("certain"), Description(DateFilter.MatchDescription)] string? DateMatch,
    [FromQuery(Name = "place"), Description("Place id: only events linked to this place or a place within it (held there or naming it), e.g. khojaly.")] string? Place = null);

/// <summary>Validated event filters; dates as ISO text, vocabularies as their wire names.</summary>
internal sealed record EventFilter(
    DateFilter Window, IReadOnlyList<string> Actors, string? Type, string? Topic, string? Country, string? Match, bool Descending)
{
    /// <summary>partOf=none: events that are part of no other.</summary>
    public const string NoOccasion = "none";

    public IReadOnlyList<string> Statuses { get; init; } = [];

    /// <summary><see cref="NoOccasion"/>, an occasion's event id, or null for no condition.</summary>
    public string? PartOf { get; init; }

    /// <summary>A place id: events linked to it or to a place within it; null for no condition.</summary>
    public string? Place { get; init; }

    public static EventFilter ForActor(string actorId, DateFilter? window = null) =>
        new(window ?? DateFilter.None, [actorId], null, null, null, null, Descending: true);

    public static Parsed<EventFilter> Parse(EventFilterParameters p)
    {
        var window = DateFilter.Parse(p.From, p.To, p.DateMatch);
        if (!window.IsValid) return window.Failure<EventFilter>();
        var actors = p.Actor ?? [];
        foreach (var actor in actors)
            if (RequestParsers.Id("actor", actor) is { IsValid: false } badActor) return badActor.Failure<EventFilter>();
        var type = RequestParsers.Vocabulary<EventType>("type", p.Type);
        if (!type.IsValid) return type.Failure<EventFilter>();
        var statuses = RequestParsers.Vocabularies<EventStatus>("status", p.Status);
        if (!statuses.IsValid) return statuses.Failure<EventFilter>();
        var partOf = RequestParsers.IdOrNone("partOf", p.PartOf, NoOccasion);
        if (!partOf.IsValid) return partOf.Failure<EventFilter>();
        var topic = RequestParsers.Vocabulary<Topic>("topic", p.Topic);
        if (!topic.IsValid) return topic.Failure<EventFilter>();
        var country = RequestParsers.Country("country", p.Country);
        if (!country.IsValid) return country.Failure<EventFilter>();
        var match = RequestParsers.SearchQuery("q", p.Q);
        if (!match.IsValid) return match.Failure<EventFilter>();
        var sort = RequestParsers.Choice("sort", p.Sort, "-date", "date", "-date");
        if (!sort.IsValid) return sort.Failure<EventFilter>();
        var place = RequestParsers.Id("place", p.Place);
        if (!place.IsValid) return place.Failure<EventFilter>();

        return Parsed<EventFilter>.Valid(new EventFilter(
            window.Value!, actors.Distinct().Order(StringComparer.Ordinal).ToList(),
            type.Value, topic.Value, country.Value, match.Value, sort.Value == "-date")
        {
            Statuses = statuses.Value!, PartOf = partOf.Value, Place = place.Value,
        });
    }

    /// <summary>Everything that decides which events, in which order: a cursor is only valid for the same.</summary>
    public string CursorScope =>
        $"events|{Window.Scope}|{string.Join(',', Actors)}|{Type}|{Topic}|{Country}|{Match}|{(Descending ? "-date" : "date")}|{string.Join(',', Statuses)}|{PartOf}|{Place}";

}
