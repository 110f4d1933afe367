using AzChina.Domain.Time;
using static AzChina.Domain.Tests.Time.TestDates;

namespace AzChina.Domain.Tests.Time;

public class DateSortKeyTests
{
    private static readonly (string Id, string Edtf)[] Records =
    [
        ("visit", "2025-04-22/2025-04-26"),
        ("undated-b", "../2026-01-10"),
        ("meeting", "2025-04-23"),
        ("unknown", "/"),
        ("april", "2025-04"),
        ("undated-a", "../2026-01-10"),
        ("trend", "range:2025-04-22/.."),
        ("first", "0001"),
        ("last", "9999-12-31"),
        ("visit-day", "2025-04-22"),
    ];

    private static List<string> Sorted(bool descending) =>
        Records.Select(r => DateSortKey.For(Uncertain(r.Edtf), r.Id)).Order(DateSortKey.Order(descending)).Select(k => k.Id).ToList();

    [Fact]
    public void AscendingSortsByFirstThenLastDayWithTheUndatedLast()
    {
        Assert.Equal(
            ["first", "april", "visit-day", "visit", "trend", "meeting", "last", "undated-a", "undated-b", "unknown"],
            Sorted(descending: false));
    }

    [Fact]
    public void DescendingReversesTheDatedAndTheUndatedButKeepsTheUndatedLast()
    {
        Assert.Equal(
            ["last", "meeting", "trend", "visit", "visit-day", "april", "first", "unknown", "undated-b", "undated-a"],
            Sorted(descending: true));
    }

    // Keyset paging resumes after the last key served: every record is on exactly one page, in order.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void PagesResumedAfterTheirLastKeyServeEveryRecordOnce(bool descending)
    {
        var keys = Records.Select(r => DateSortKey.For(Uncertain(r.Edtf), r.Id)).ToList();
        var served = new List<string>();
        DateSortKey? after = null;
        while (true)
        {
            var page = keys.Where(k => after is null || DateSortKey.Compare(k, after.Value, descending) > 0)
                .Order(DateSortKey.Order(descending)).Take(3).ToList();
            if (page.Count == 0) break;
            served.AddRange(page.Select(k => k.Id));
            after = page[^1];
        }

        Assert.Equal(Sorted(descending), served);
    }

    [Fact]
    public void OnlyARecordWithNoEarliestDayIsUndated()
    {
        Assert.True(DateSortKey.For(Uncertain("../2026-01-10"), "x").Undated);
        Assert.True(DateSortKey.For(UncertainDate.Unknown, "x").Undated);
        Assert.False(DateSortKey.For(Uncertain("2025-04-01/.."), "x").Undated);
        Assert.True(DateSortKey.For(Uncertain("range:../2025-04-21"), "x").Undated);
        Assert.False(DateSortKey.For(Uncertain("0001-01-01"), "x").Undated);
    }
}
