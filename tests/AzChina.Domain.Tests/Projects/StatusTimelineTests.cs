using AzChina.Domain.Projects;
using AzChina.Domain.Time;
using AzChina.Domain.Vocabularies;

namespace AzChina.Domain.Tests.Projects;

/// <summary>A project's status as known on a day (issue 14): only what was published by then, and of that what happened last.</summary>
public class StatusTimelineTests
{
    private static UncertainDate Day(string text) => Edtf.TryParse(text, text.Contains('/') ? DateKind.Bounded : null, out var d, out var e) ? d : throw new ArgumentException(e);

    private static StatusEntry Entry(ProjectStatus status, string date, string knownOn) => new(status, Day(date), DateOnly.Parse(knownOn));

    private static readonly StatusEntry Announced = Entry(ProjectStatus.Announced, "2025-04-16", "2025-04-16");
    private static readonly StatusEntry Launched = Entry(ProjectStatus.InImplementation, "2025-04-23", "2025-04-24");
    private static readonly StatusEntry Completed = Entry(ProjectStatus.Completed, "../2026-01-10", "2026-01-10");

    [Theory]
    [InlineData("2025-04-15", null)]
    [InlineData("2025-04-16", ProjectStatus.Announced)]
    // Launched on the 23rd, but not known until the report of the 24th.
    [InlineData("2025-04-23", ProjectStatus.Announced)]
    [InlineData("2025-04-24", ProjectStatus.InImplementation)]
    [InlineData("2026-01-10", ProjectStatus.Completed)]
    public void TheStatusIsTheLastKnownOnTheDay(string asOf, ProjectStatus? expected) =>
        Assert.Equal(expected, StatusTimeline.AsOf([Completed, Announced, Launched], DateOnly.Parse(asOf))?.Status);

    [Fact]
    public void WithoutADayEverythingKnownCounts() =>
        Assert.Equal(ProjectStatus.Completed, StatusTimeline.AsOf([Launched, Completed, Announced], null)!.Status);

    [Fact]
    public void NoStatusKnownIsNull() => Assert.Null(StatusTimeline.AsOf([], null));

    [Fact]
    public void AStatusWithoutAnEarliestDayIsPlacedByTheDayItBecameKnown()
    {
        // "On or before 10 January 2026" with no start: ordered by its latest possible day, not before every dated status.
        Assert.Equal((new DateOnly(2026, 1, 10), new DateOnly(2026, 1, 10)), StatusTimeline.OrderKey(Completed));
        var unknown = Entry(ProjectStatus.Suspended, "/", "2025-05-01");
        Assert.Equal((new DateOnly(2025, 5, 1), new DateOnly(2025, 5, 1)), StatusTimeline.OrderKey(unknown));
        Assert.Equal(ProjectStatus.Suspended, StatusTimeline.AsOf([Announced, Launched, unknown], null)!.Status);
    }

    [Fact]
    public void TheCertainCoreDecidesAWindowAsDateWindowDoes()
    {
        var windows = new[] { ("2025-04", "2025-04"), ("2025-04-17", "2025-12"), ("0001", "2026-01-10"), ("2026", "2026") };
        foreach (var entry in new[] { Announced, Launched, Completed, Entry(ProjectStatus.Pledged, "2025-04", "2025-05-01") })
            foreach (var (from, to) in windows)
            {
                var window = DateWindow.Create(PartialDate.TryParse(from, out var f) ? f : null, PartialDate.TryParse(to, out var t) ? t : null);
                var core = entry.Date.CertainCore;
                var bySql = core is { } c && c.LatestFirstDay <= window.LastDay && c.EarliestLastDay >= window.FirstDay;
                Assert.Equal(window.CertainlyContains(entry.Date), bySql);
            }
        Assert.Null(UncertainDate.Unknown.CertainCore);
    }
}
