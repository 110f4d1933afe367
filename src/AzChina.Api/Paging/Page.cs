using System.ComponentModel;
using System.Text.Json.Serialization;

namespace AzChina.Api.Paging;

/// <summary>One page of a list.</summary>
/// <remarks>Not sealed: a page read from the stored representations is a <see cref="Stored.StoredPage{T}"/>.</remarks>
/// <param name="Items">The records on this page, in the list's order.</param>
/// <param name="NextCursor">Pass as <c>cursor</c> to get the next page; null on the last page.</param>
/// <param name="Limit">The page size that was applied.</param>
public record Page<T>(
    IReadOnlyList<T> Items,
    [property: Description("Opaque cursor for the next page (pass as `cursor`); null on the last page.")] string? NextCursor,
    [property: Description("The page size that was applied (1–500).")] int Limit)
{
    /// <summary>Only with includeTotal=true.</summary>
    [Description("Number of records matching the filters; present only with includeTotal=true.")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? Total { get; init; }
}
