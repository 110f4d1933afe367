using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using AzChina.Api.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace AzChina.Api.Paging;

/// <summary>The query parameters every list takes.</summary>
public readonly record struct PageParameters(
    [FromQuery(Name = "limit"), Schema(typeof(int)), Range(PageRequest.MinLimit, PageRequest.MaxLimit), Description("Page size, 1–500 (default 50).")] string? Limit,
    [FromQuery(Name = "cursor"), Description("Opaque cursor from the previous page's nextCursor (or its Link rel=\"next\" header). Only valid with the same filters and sort.")] string? Cursor,
    [FromQuery(Name = "includeTotal"), Schema(typeof(bool)), Description("true adds `total`, the number of records matching the filters (off by default: counting is not free).")] string? IncludeTotal,
    [FromQuery(Name = "format"), DefaultValue("json"), Description("Response format: json (default) or csv, a file to download that starts with a UTF-8 byte order mark for spreadsheets. `Accept: text/csv` selects the bare CSV, for programs.")] string? Format)
{
    /// <summary>The first given parameter that only pages use, so that an endpoint answering one document can refuse it rather than ignore it.</summary>
    public string? FirstPagingParameter() =>
        Limit is not null ? "limit" : Cursor is not null ? "cursor" : IncludeTotal is not null ? "includeTotal" : null;
}
