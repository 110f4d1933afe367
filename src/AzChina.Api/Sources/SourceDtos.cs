using System.ComponentModel;

namespace AzChina.Api.Sources;

/// <summary>A news document the data was curated from.</summary>
public sealed record SourceSummary(
    string Id,
    [property: Description("File name of the document in the project's shared seeds folder.")] string Document,
    string Outlet,
    [property: Description("Headline; null where the document has none.")] string? Title,
    string? Author,
    [property: Description("Publication date (YYYY-MM-DD); estimated where publishedOnEstimated is true.")] DateOnly PublishedOn,
    [property: Description("True when the document does not state its date and publishedOn is the best date it supports (see note).")] bool PublishedOnEstimated,
    [property: Description("How the date was established, and anything else a reader should know about the document.")] string? Note,
    [property: Description("Actor id of the outlet (see /actors/{id}), where the data has it.")] string? OutletId,
    [property: Description("Actor id of the author (the by-line), where the document gives one.")] string? AuthorId);

/// <summary>A source with every record that cites it, and the quote each one takes from it.</summary>
public sealed record SourceDetail(
    string Id,
    string Document,
    string Outlet,
    string? Title,
    string? Author,
    DateOnly PublishedOn,
    bool PublishedOnEstimated,
    string? Note,
    string? OutletId,
    string? AuthorId,
    [property: Description("Every actor, event, agreement and claim this source is evidence for.")] IReadOnlyList<SourceRecord> Records);

public sealed record SourceRecord(
    [property: Description("actor, event, agreement or claim.")] string Kind,
    string Id,
    [property: Description("The record's name or title (for a claim: metric and period).")] string Label,
    string Quote);

internal static class SourceCsv
{
    public static readonly Csv.CsvColumns<SourceSummary> Columns = new(
        ("id", s => s.Id), ("document", s => s.Document), ("outlet", s => s.Outlet), ("title", s => s.Title), ("author", s => s.Author),
        ("publishedOn", s => s.PublishedOn), ("publishedOnEstimated", s => s.PublishedOnEstimated), ("note", s => s.Note),
        ("outletId", s => s.OutletId), ("authorId", s => s.AuthorId));
}
