using AzChina.Domain.Time;
using AzChina.Domain.Vocabularies;

namespace AzChina.Domain.Projects;

/// <summary>One status a document gives a project: what, when (no more precisely than the document), and the day it became known (its source's publication).</summary>
public sealed record StatusEntry(ProjectStatus Status, UncertainDate Date, DateOnly KnownOn);

/// <summary>
/// A project's status as known on a day, like a metric's claims at <c>asOf</c>: only what a source published
/// on or before that day counts, and of that the status that happened last. Order: a status with an earlier
/// possible first day came first; between equal ones, the one with the earlier last possible day, then the one
/// known earlier. A status whose date is unknown happened, as far as the data knows, when it became known; it
/// is placed by that day. With no status known by the day, the status is null: the documents had not said.
/// </summary>
public static class StatusTimeline
{
    public static StatusEntry? AsOf(IEnumerable<StatusEntry> entries, DateOnly? asOf) =>
        entries.Where(e => asOf is not { } day || e.KnownOn <= day)
            .OrderBy(OrderKey).ThenBy(e => e.KnownOn)
            .LastOrDefault();

    /// <summary>The days a status is ordered by: its date's earliest and latest possible day, or the day it became known when it has no earliest day.</summary>
    public static (DateOnly First, DateOnly Last) OrderKey(StatusEntry e) =>
        e.Date.EarliestDay == DateOnly.MinValue
            ? (e.Date.LatestDay == DateOnly.MaxValue ? e.KnownOn : Min(e.Date.LatestDay, e.KnownOn), Min(e.Date.LatestDay, e.KnownOn))
            : (e.Date.EarliestDay, e.Date.LatestDay);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
