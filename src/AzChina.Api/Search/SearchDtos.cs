using System.ComponentModel;

namespace AzChina.Api.Search;

/// <summary>A record that matches a search, best match first.</summary>
public sealed record SearchHit(
    [property: Description("event, agreement, actor, source, metric, place, project or initiative.")] string Kind,
    [property: Description("The record's id (a metric's name); fetch it at /{kind}s/{id} (/metrics/{name}).")] string Id,
    [property: Description("The record's title or name.")] string Title,
    [property: Description("Text of the record around the first matching word, in its original spelling.")] string Snippet,
    [property: Description("Relevance (BM25; lower is better). Comparable within one search only.")] double Rank);

internal static class SearchCsv
{
    public static readonly Csv.CsvColumns<SearchHit> Columns = new(
        ("kind", h => h.Kind), ("id", h => h.Id), ("title", h => h.Title), ("snippet", h => h.Snippet), ("rank", h => h.Rank));
}
