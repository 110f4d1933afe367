using System.ComponentModel;

namespace AzChina.Api.Shared;

/// <summary>A verbatim quote from a source document supporting a record.</summary>
public sealed record Evidence(
    [property: Description("Id of the source document (see /sources/{id}).")] string SourceId,
    [property: Description("A short verbatim span of the source document (whitespace normalised).")] string Quote,
    [property: Description("Actor id of whose own words (in quotation marks) the quote carries; null for the outlet's own words or its paraphrase.")] string? Speaker);
