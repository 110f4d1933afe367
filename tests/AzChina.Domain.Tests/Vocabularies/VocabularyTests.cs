using AzChina.Domain.Vocabularies;

namespace AzChina.Domain.Tests.Vocabularies;

public class VocabularyTests
{
    [Fact]
    public void NamesAreSnakeCaseUnlessAMemberSaysOtherwise()
    {
        Assert.Equal("government_body", Vocabulary<ActorKind>.Name(ActorKind.GovernmentBody));
        Assert.Equal("post_conflict_recovery", Vocabulary<Topic>.Name(Topic.PostConflictRecovery));
        Assert.Equal("USD", Vocabulary<Unit>.Name(Unit.Usd));
    }

    [Fact]
    public void ParsesOnlyExactNames()
    {
        Assert.True(Vocabulary<AgreementStatus>.TryParse("anticipated", out var status));
        Assert.Equal(AgreementStatus.Anticipated, status);
        Assert.False(Vocabulary<AgreementStatus>.TryParse("Anticipated", out _));
        Assert.False(Vocabulary<AgreementStatus>.TryParse("0", out _));
        Assert.False(Vocabulary<Unit>.TryParse("usd", out _));
    }
}
