namespace AzChina.Domain.Seeds;

// The time of a seed record as written in seeds/*.json (docs/time-model.md, seeds/README.md). Untrusted
// like every seed field: TimeChecks builds the domain values from them or says what is wrong.

/// <summary>
/// A record's date: an EDTF string (<c>2025-04-23</c>, <c>2025-04-22/..</c>, <c>../2026-01-10</c>, <c>/</c>), what
/// an interval means (<c>range</c> or <c>bounded</c>; omitted for a single date or unknown), how it is known
/// (<c>stated</c>, <c>resolved</c>, <c>not_given</c>) and the basis of a resolved date or of bounds.
/// </summary>
public sealed record SeedDate(string? Edtf, string? Kind, string? Known, string? Basis);

/// <summary>A claim's period: its text (YYYY, YYYY-Qn, YYYY-MM, YYYY-MM-DD; none when not given), how it is known, and the basis of a resolved one.</summary>
public sealed record SeedPeriod(string? Text, string? Known, string? Basis);

/// <summary>What a cumulative figure counts over, up to its as-of day: <c>2005/2025-04-21</c>, or <c>../2025-04-21</c> when the document gives no start.</summary>
public sealed record SeedSpan(string? Edtf, string? Known, string? Basis);
