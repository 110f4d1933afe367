using AzChina.Domain.Seeds;

namespace AzChina.Domain.Tests.Seeds;

/// <summary>Every time rule the seed validator enforces, each naming file, record and field (issue 13, items 1 and 5).</summary>
public class TimeChecksTests
{
    private static readonly SeedEvidence Quote = new("src", "a quote");

    private static SeedDataset With(SeedDate? eventDate = null, SeedDate? agreementDate = null, SeedPeriod? period = null, SeedSpan? span = null) => new(
        [new SeedSource("src", "000.txt", "Outlet", "Title", null, "2025-04-16", false, null, new string('a', 64))],
        [new SeedActor("az", "Azerbaijan", "country", "AZ", null, [], [Quote])],
        [new SeedEvent("ev", eventDate ?? new("2024-07", null, "stated", null), null, "summit", "Summit", null, null, null,
            [new SeedParticipant("az", "host")], ["trade"], null, null, [Quote], "held")],
        [new SeedAgreement("ag", "Declaration", "declaration", "signed", agreementDate ?? new("/", null, "not_given", null), null, null, null, ["az"],
            null, null, null, [Quote], [new SeedAgreementEvent("ev", "signed_at")])],
        [new SeedMetric("trade_turnover", "Trade", "USD", "What it is", "pair")],
        [new SeedClaim("cl", "trade_turnover", period ?? new("2024", "stated", null), "AZ", "CN", null, 3.7e9, "exact", "a", null, null, [Quote],
            Span: span)]);

    private static List<string> Errors(SeedDataset data) => SeedValidator.Validate(data).Select(e => e.ToString()).ToList();

    [Theory]
    [InlineData("2025-04-23", null, "stated", null)]
    [InlineData("2025-04-22/..", "range", "stated", null)]
    [InlineData("../2026-01-10", "bounded", "not_given", "on or before the publication date")]
    [InlineData("2024", null, "resolved", "\"last year\" in a report of 16 April 2025")]
    [InlineData("2025-04-22/2025-04", "bounded", "resolved", "during the visit, in April")]
    [InlineData("/", null, "not_given", null)]
    public void AcceptsEveryShapeTheDocumentsAllow(string edtf, string? kind, string known, string? basis)
    {
        Assert.Empty(Errors(With(eventDate: new(edtf, kind, known, basis), agreementDate: new(edtf, kind, known, basis))));
    }

    [Theory]
    [InlineData(null, null, "stated", null, "field 'date.edtf': an EDTF date is required")]
    [InlineData("2025-04-22/..", null, "stated", null, "field 'date.edtf': '2025-04-22/..' is an interval: say whether it is a range")]
    [InlineData("2025-04-22", "range", "stated", null, "field 'date.kind': 'range' goes only with an interval")]
    [InlineData("2025-04-22/..", "sometime", "stated", null, "field 'date.kind': 'sometime' is not one of: range, bounded")]
    [InlineData("2025-04-22", null, "guessed", null, "field 'date.known': 'guessed' is not one of: stated, resolved, not_given")]
    [InlineData("2025-04-22", null, null, null, "field 'date.known': is required")]
    // Review C1, C2, C9: a date the documents do not give is never a day, month, year or range.
    [InlineData("2026-01", null, "not_given", null, "field 'date': a date the document does not give cannot be 2026-01")]
    [InlineData("../2026-01-10", "bounded", "not_given", null, "field 'date': bounds on a date the document does not give need a basis")]
    [InlineData("2024", null, "resolved", null, "field 'date': a resolved date needs its reasoning as its basis")]
    [InlineData("2024", null, "stated", "why", "field 'date': a stated date needs no basis")]
    [InlineData("/", null, "stated", null, "field 'date': an unknown date is not given, so it cannot be stated or resolved")]
    [InlineData("2025-04-26/2025-04-22", "range", "stated", null, "field 'date.edtf': the range ends (2025-04-22) before it starts (2025-04-26)")]
    public void RefusesADateThatSaysMoreOrLessThanItsKnowledge(string? edtf, string? kind, string? known, string? basis, string expected)
    {
        var errors = Errors(With(eventDate: new(edtf, kind, known, basis), agreementDate: new(edtf, kind, known, basis)));

        Assert.Contains(errors, e => e.StartsWith($"seeds/events.json: record 'ev', {expected}"));
        Assert.Contains(errors, e => e.StartsWith($"seeds/agreements.json: record 'ag', {expected}"));
    }

    [Fact]
    public void EveryRecordHasADateEvenIfItIsUnknown()
    {
        var data = With();
        data = data with { Events = [data.Events[0] with { Date = null }], Agreements = [data.Agreements[0] with { Date = null }] };

        var errors = Errors(data);

        Assert.Contains(errors, e => e.StartsWith("seeds/events.json: record 'ev', field 'date': is required"));
        Assert.Contains(errors, e => e.StartsWith("seeds/agreements.json: record 'ag', field 'date': is required"));
    }

    [Theory]
    [InlineData("2025-Q1", "stated", null)]
    [InlineData("2024", "resolved", "\"last year\" in a report of 16 April 2025")]
    [InlineData(null, "not_given", null)]
    public void AcceptsAPeriodStatedResolvedOrNotGiven(string? text, string known, string? basis)
    {
        Assert.Empty(Errors(With(period: new(text, known, basis))));
    }

    [Theory]
    // Review C5: a period the document does not give is no period, not a guessed year.
    [InlineData("2025", "not_given", null, "field 'period.text': a period the document does not give has no text")]
    [InlineData(null, "not_given", "the article reviews 2025", "field 'period.basis': a period not given has no basis")]
    [InlineData("2024", "resolved", null, "field 'period.basis': a resolved period needs its reasoning")]
    [InlineData("2024", "stated", "why", "field 'period.basis': a stated period needs no basis")]
    [InlineData(null, "stated", null, "field 'period.text': is required for a stated or resolved period")]
    [InlineData("2024-Q5", "stated", null, "field 'period.text': '2024-Q5' is not a period")]
    [InlineData("2024", "inferred", null, "field 'period.known': 'inferred' is not one of: stated, resolved, not_given")]
    public void RefusesAPeriodThatSaysMoreOrLessThanItsKnowledge(string? text, string known, string? basis, string expected)
    {
        Assert.Contains(Errors(With(period: new(text, known, basis))), e => e.StartsWith($"seeds/claims.json: record 'cl', {expected}"));
    }

    [Fact]
    public void RefusesAMissingPeriod()
    {
        var data = With();
        data = data with { Claims = [data.Claims[0] with { Period = null }] };

        Assert.Contains(Errors(data), e => e.StartsWith("seeds/claims.json: record 'cl', field 'period': is required"));
    }

    [Theory]
    [InlineData("2005/2025-04-21", "resolved", "\"over the past 20 years\"")]
    [InlineData("../2025-04-21", "not_given", "no span is stated")]
    [InlineData("2015/2025-04-21", "stated", null)]
    public void AcceptsASpanEndingOnTheClaimsAsOfDay(string edtf, string known, string? basis)
    {
        Assert.Empty(Errors(With(period: new("2025-04-21", "resolved", "Monday"), span: new(edtf, known, basis))));
    }

    [Theory]
    // Review §5.7: "over the past 20 years" and "all-time" must not look the same.
    [InlineData("2005/2025-04-21", "not_given", "why", "field 'span': a span the document does not give has no start")]
    [InlineData("../2025-04-21", "resolved", "why", "field 'span': a span with no start is not given (all-time)")]
    [InlineData("../2025-04-21", "not_given", null, "field 'span': an all-time span needs a basis")]
    [InlineData("2005/2025-04-21", "resolved", null, "field 'span': a resolved span needs its reasoning")]
    [InlineData("2005/..", "resolved", "why", "field 'span': '2005/..' has no as-of day")]
    [InlineData("2005/2025-04-20", "resolved", "why", "field 'span': the span ends on 2025-04-20, not on the claim's as-of day 2025-04-21")]
    [InlineData("2005/2025-04-21", "guessed", "why", "field 'span.known': 'guessed' is not one of")]
    public void RefusesASpanThatIsNotWhatTheDocumentGives(string edtf, string known, string? basis, string expected)
    {
        Assert.Contains(Errors(With(period: new("2025-04-21", "resolved", "Monday"), span: new(edtf, known, basis))),
            e => e.StartsWith($"seeds/claims.json: record 'cl', {expected}"));
    }

    [Fact]
    public void OnlyACountToADayHasASpan()
    {
        Assert.Contains(Errors(With(period: new("2024", "stated", null), span: new("2005/2024-12-31", "stated", null))),
            e => e.StartsWith("seeds/claims.json: record 'cl', field 'span': only a cumulative figure has a span"));
    }

    [Fact]
    public void AnOverlongBasisIsRefusedLikeAnyText()
    {
        var errors = Errors(With(eventDate: new("2024", null, "resolved", new string('x', 2001))));

        Assert.Contains(errors, e => e.StartsWith("seeds/events.json: record 'ev', field 'date.basis': is 2001 characters"));
    }
}
