using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AzChina.Api.Hosting;

/// <summary>
/// Document-wide facts: each tag's description, the server (relative, so the committed document
/// fits every deployment), and that every operation is public: no authentication.
/// </summary>
internal sealed class DocumentDetails : IDocumentFilter
{
    private static readonly Dictionary<string, string> TagDescriptions = new()
    {
        ["Events"] = "Meetings, visits, commission sessions, interviews, statements, announcements and other events.",
        ["Agreements"] = "Declarations, agreements and protocols: signed, agreed, anticipated or announced.",
        ["Actors"] = "Countries, people, government bodies, organisations, companies and media, with aliases.",
        ["Places"] = "Countries, regions, cities, territories, ports and seas the documents name, with parents where the documents support them, and what happened there.",
        ["Projects"] = "Projects (one record per project, after AidData) with a dated, evidenced status history; the status as known at a day.",
        ["Initiatives"] = "Programmes, corridors and railways, with each side's framing where the sides present one differently.",
        ["Sources"] = "The news documents the data is curated from, and the records each one supports.",
        ["Metrics"] = "Time series of trade, growth, investment, shares, ranks and counts, with every source's claim and the preferred value.",
        ["Search"] = "Full-text search across every kind of record.",
        ["Export"] = "The whole dataset at once: the SQLite database or one JSON document.",
        ["Health"] = "Whether the API can read its data, and which data it serves.",
    };

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        document.Tags = new HashSet<OpenApiTag>(TagDescriptions.Select(t => new OpenApiTag { Name = t.Key, Description = t.Value }));
        document.Servers = [new OpenApiServer { Url = "/", Description = "The server this document was fetched from." }];
        foreach (var operation in document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
            operation.Security = [new OpenApiSecurityRequirement()];
    }
}
