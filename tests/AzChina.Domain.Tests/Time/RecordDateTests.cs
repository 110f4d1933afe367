using AzChina.Domain.Time;
using AzChina.Domain.Vocabularies;
using static AzChina.Domain.Tests.Time.TestDates;

namespace AzChina.Domain.Tests.Time;

public class RecordDateTests
{
    [Fact]
    public void AnUndatedStatementIsBoundedByThePublicationDate()
    {
        var date = RecordDate.Create(Uncertain("../2026-01-10"), DateKnowledge.NotGiven, "on or before the publication date");

        Assert.Equal("../2026-01-10", date.Edtf);
        Assert.Equal(DateKnowledge.NotGiven, date.Known);
        Assert.Equal("on or before the publication date", date.Basis);
    }

    [Fact]
    public void AResolvedDateKeepsItsReasoning()
    {
        var date = RecordDate.Create(Uncertain("2024"), DateKnowledge.Resolved, "\"last year\" in a report published 2025-04-16");

        Assert.Equal("2024", date.Edtf);
        Assert.StartsWith("\"last year\"", date.Basis);
    }

    [Theory]
    [InlineData("2026-01", DateKnowledge.NotGiven, "publication date", "cannot be 2026-01")]
    [InlineData("2025-04-22/2025-04-26", DateKnowledge.NotGiven, "publication date", "cannot be 2025-04-22/2025-04-26")]
    [InlineData("../2026-01-10", DateKnowledge.NotGiven, null, "need a basis")]
    [InlineData("../2026-01-10", DateKnowledge.NotGiven, "  ", "need a basis")]
    [InlineData("/", DateKnowledge.Stated, null, "cannot be stated or resolved")]
    [InlineData("/", DateKnowledge.Resolved, "a guess", "cannot be stated or resolved")]
    [InlineData("2024", DateKnowledge.Resolved, null, "needs its reasoning")]
    [InlineData("2024", DateKnowledge.Stated, "because", "needs no basis")]
    public void RefusesADateThatSaysMoreOrLessThanItsKnowledge(string edtf, DateKnowledge known, string? basis, string reason)
    {
        var date = Uncertain(edtf);

        Assert.False(RecordDate.TryCreate(date, known, basis, out _, out var error));
        Assert.Contains(reason, error);
        Assert.Contains(reason, Assert.Throws<ArgumentException>(() => RecordDate.Create(date, known, basis)).Message);
    }

    [Theory]
    [InlineData("/", DateKnowledge.NotGiven, null)]
    [InlineData("2025-04-22/2025-04-26", DateKnowledge.Stated, null)]
    [InlineData("../2024", DateKnowledge.Stated, null)]
    [InlineData("2025-04-01/..", DateKnowledge.Resolved, "\"since last month\" in a report of 2025-05-02")]
    public void AcceptsEachKindWithAKnowledgeThatFitsIt(string edtf, DateKnowledge known, string? basis)
    {
        Assert.True(RecordDate.TryCreate(Uncertain(edtf), known, basis, out var date, out var error), error);
        Assert.Equal(edtf, date.Edtf);
    }

    [Fact]
    public void KindsAndKnowledgeHaveSnakeCaseWireNamesLikeEveryVocabulary()
    {
        Assert.Equal(["stated", "resolved", "not_given"], Vocabulary<DateKnowledge>.Names);
        Assert.Equal(["single", "range", "bounded", "unknown"], Vocabulary<DateKind>.Names);
        Assert.Equal(["certain", "possible"], Vocabulary<DateMatch>.Names);
    }
}
