using System.Text.Json;
using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests.Projects;

public class ProjectsTests(AzChinaApiFactory factory) : IClassFixture<AzChinaApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    // Announced at the commission on 16 April 2025, in Trend's report of that day: unknown before it.
    [InlineData("/projects?status=announced&asOf=2025-04-15", new string[0])]
    [InlineData("/projects?status=announced&asOf=2025-04-16", new[] { "byd-electric-bus-localization-project" })]
    [InlineData("/projects?status=announced", new[] { "byd-electric-bus-localization-project" })]
    // The trading houses are known from OC Media of 21 April 2025; the green-energy projects from AzerNews of 10 January 2026.
    [InlineData("/projects?status=completed&asOf=2025-04-20", new string[0])]
    [InlineData("/projects?status=completed&asOf=2025-04-21", new[] { "azerbaijan-trading-house-jd", "azerbaijani-trading-and-wine-houses-china" })]
    [InlineData("/projects?status=in_implementation&asOf=2025-12-31", new[] { "sericulture-project-khojaly", "liberated-territories-infrastructure-projects" })]
    [InlineData("/projects?status=cancelled", new string[0])]
    public async Task StatusIsAnsweredAsKnownOnTheDay(string url, string[] ids) =>
        Assert.Equal(ids, await _client.GetIds(url));

    [Fact]
    public async Task AProjectNotYetKnownHasNoStatusOnThatDay()
    {
        var page = await _client.GetJson("/projects?asOf=2025-04-10&q=mulberry");
        var sericulture = page.GetProperty("items").EnumerateArray().Single();
        Assert.Equal(JsonValueKind.Null, sericulture.GetProperty("status").ValueKind);
        Assert.Equal(JsonValueKind.Null, sericulture.GetProperty("statusDate").ValueKind);

        var detail = await _client.GetJson("/projects/sericulture-project-khojaly?asOf=2025-04-10");
        Assert.Empty(detail.GetProperty("statusHistory").EnumerateArray());
        Assert.Equal("2025-04-10", detail.Str("asOf"));
    }

    [Fact]
    public async Task TheSericultureProjectHasItsDatedEvidencedStatusPlacesAndClaim()
    {
        var project = await _client.GetJson("/projects/sericulture-project-khojaly");

        Assert.Equal(("in_implementation", "sericulture"), (project.Str("status"), project.Str("sector")));
        var status = project.GetProperty("statusHistory").EnumerateArray().Single();
        // "Have already been sent": on or before the report, a date the document does not give.
        Assert.Equal(("../2025-04-16", "bounded", "not_given"), (status.GetProperty("date").Str("edtf"), status.GetProperty("date").Str("kind"), status.GetProperty("date").Str("known")));
        Assert.Equal("2025-04-16", status.Str("knownOn"));
        Assert.Contains("130,000 mulberry seedlings", status.GetProperty("evidence")[0].Str("quote"));
        Assert.Equal(["mulberry-seedlings-sent-2025-04-16-trend-commission"], project.GetProperty("claims").EnumerateArray().Select(c => c.Str("id")));
        Assert.Equal("khojaly", project.GetProperty("places")[0].Str("id"));
        Assert.Equal("discussed_at", project.GetProperty("events")[0].Str("role"));
    }

    [Fact]
    public async Task TheBydProjectWasAnnouncedAtTheCommissionAndOnlyExpectedAtTheVisit()
    {
        var byd = await _client.GetJson("/projects/byd-electric-bus-localization-project");

        var events = byd.GetProperty("events").EnumerateArray().Select(e => $"{e.Str("role")}:{e.Str("id")}").ToList();
        // The launch is a planned event of its own, part of the visit; no document says it happened.
        Assert.Equal(["announced_at:mustafayev-announces-byd-electric-bus-project-2025-04-16", "launch_expected_at:byd-electric-bus-project-launch-expected-during-visit-2025-04"], events);
        var status = byd.GetProperty("statusHistory")[0];
        Assert.Equal(("announced", "shahin-mustafayev"), (status.Str("status"), status.Str("assertedBy")));
        Assert.Equal(["partner:byd", "announcer:shahin-mustafayev"], byd.GetProperty("actors").EnumerateArray().Select(a => $"{a.Str("role")}:{a.Str("id")}"));
        // The document gives no place for the production.
        Assert.Empty(byd.GetProperty("places").EnumerateArray());
        Assert.False(string.IsNullOrEmpty(byd.Str("placeNote")));
        var actor = await _client.GetJson("/actors/byd");
        Assert.Equal("byd-electric-bus-localization-project", actor.GetProperty("projects")[0].Str("id"));
    }

    [Theory]
    [InlineData("/projects?sector=trade", 2)]
    [InlineData("/projects?kind=trading_house", 2)]
    [InlineData("/projects?actor=heydar-aliyev-foundation", 1)]
    [InlineData("/projects?place=china", 3)]
    [InlineData("/projects?place=khojaly", 1)]
    [InlineData("/projects?initiative=middle-corridor", 1)]
    [InlineData("/projects?q=electric%20buses", 3)] // the BYD project, the e-bus production and the plants, whose quote names e-buses too
    public async Task ProjectsFilterBySectorKindActorPlaceInitiativeAndText(string url, int count) =>
        Assert.Equal(count, (await _client.GetIds(url)).Count);

    [Fact]
    public async Task AWindowKeepsOnlyStatusesCertainlyInItUnlessPossibleIsAsked()
    {
        // Only the BYD announcement is dated (16 April 2025); the rest are "on or before" a publication day.
        Assert.Equal(["byd-electric-bus-localization-project"], await _client.GetIds("/projects?from=2025-04&to=2025-04"));
        var possible = await _client.GetIds("/projects?from=2025-04&to=2025-04&dateMatch=possible");
        Assert.Contains("sericulture-project-khojaly", possible);
        Assert.Contains("chinese-solar-and-wind-power-plants-azerbaijan", possible);
        // "On or before 16 April 2025" is certainly inside a window from the beginning to then.
        Assert.Contains("sericulture-project-khojaly", await _client.GetIds("/projects?to=2025-04-16"));
        Assert.Empty(await _client.GetIds("/projects?from=2025-05"));
    }

    [Fact]
    public async Task ProjectsWithoutAStatusTheDocumentsGiveHaveNone()
    {
        var foundation = await _client.GetJson("/projects/heydar-aliyev-foundation-projects-china");
        Assert.Equal(JsonValueKind.Null, foundation.GetProperty("status").ValueKind);
        Assert.Empty(foundation.GetProperty("statusHistory").EnumerateArray());
        Assert.Equal("supporter:heydar-aliyev-foundation", $"{foundation.GetProperty("actors")[0].Str("role")}:{foundation.GetProperty("actors")[0].Str("id")}");
    }

    [Fact]
    public async Task TheListsStatusIsTheDomainsStatusTimelineOnEveryDay()
    {
        var projects = (await _client.GetJson("/projects?limit=500")).Ids();
        foreach (var id in projects)
        {
            var history = (await _client.GetJson($"/projects/{id}")).GetProperty("statusHistory").EnumerateArray()
                .Select(s => new Domain.Projects.StatusEntry(
                    Domain.Vocabularies.Vocabulary<Domain.Vocabularies.ProjectStatus>.Parse(s.Str("status")),
                    Domain.Time.Edtf.TryParse(s.GetProperty("date").Str("edtf"), KindOf(s.GetProperty("date").Str("kind")), out var d, out _) ? d : throw new FormatException(),
                    DateOnly.Parse(s.Str("knownOn"))))
                .ToList();
            foreach (var day in new[] { "2025-04-15", "2025-04-16", "2025-04-21", "2025-12-31", "2026-01-10" })
            {
                var expected = Domain.Projects.StatusTimeline.AsOf(history, DateOnly.Parse(day))?.Status;
                var item = (await _client.GetJson($"/projects?asOf={day}&limit=500")).GetProperty("items").EnumerateArray().Single(p => p.Str("id") == id);
                var actual = item.GetProperty("status").ValueKind == JsonValueKind.Null ? null : item.Str("status");
                Assert.Equal(expected is { } s ? Domain.Vocabularies.Vocabulary<Domain.Vocabularies.ProjectStatus>.Name(s) : null, actual);
            }
        }
    }

    private static Domain.Time.DateKind? KindOf(string kind) => kind switch
    {
        "range" => Domain.Time.DateKind.Range,
        "bounded" => Domain.Time.DateKind.Bounded,
        _ => null,
    };

    [Fact]
    public async Task TheCsvListHasStatusDateActorsAndPlaces()
    {
        var (_, csv) = await _client.GetText("/projects?format=csv&q=sericulture");
        Assert.StartsWith("\uFEFFid,title,kind,sector,status,statusDateEdtf,statusDateKnown,actors,places,aliases", csv);
        Assert.Contains("in_implementation,../2025-04-16,not_given,partner:azerbaijan; partner:china,site:khojaly; site:liberated-territories", csv);
    }
}
