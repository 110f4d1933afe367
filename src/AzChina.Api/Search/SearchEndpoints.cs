using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using AzChina.Domain.Vocabularies;
using AzChina.Api.Csv;
using AzChina.Data;
using AzChina.Api.Hosting;
using AzChina.Api.Paging;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AzChina.Api.Search;

internal static class SearchEndpoints
{
    public static RouteHandlerBuilder MapSearch(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/search", SearchAll)
            .WithTags("Search")
            .WithName("search")
            .WithSummary("Search every kind of record")
            .WithDescription("Full-text search across events, agreements, actors, sources, metrics, places, projects and initiatives (titles, summaries, names, aliases and " +
                             "evidence quotes), best match first, each hit with its kind, id, title and a snippet. Every word must match; " +
                             "the last word also matches as a prefix. Case- and diacritics-insensitive: Aliyev finds Əliyev.");

    private static Results<Ok<Page<SearchHit>>, CsvHttpResult, ValidationProblem> SearchAll(
        HttpContext http, ReadOnlyDatabase database,
        [Required, Example("Aliyev Xi"), Description("The words to search for (required, at most 200 characters), e.g. Aliyev Xi. Quotes, *, NEAR and other search syntax are searched as plain words.")] string? q,
        [Schema(typeof(RecordKind)), Description("Only hits of this kind of record.")] string? kind,
        [AsParameters] PageParameters paging)
    {
        if (q is null) return Problems.BadParameter("q", "is required: the words to search for");
        var match = RequestParsers.SearchQuery("q", q);
        if (!match.IsValid) return Problems.BadParameter(match);
        var only = RequestParsers.Vocabulary<RecordKind>("kind", kind);
        if (!only.IsValid) return Problems.BadParameter(only);
        return PagedList.Serve(http, database, paging, SearchQueries.Hits(q, match.Value!, only.Value));
    }
}
