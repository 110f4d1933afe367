using AzChina.Domain.Metrics;
using AzChina.Domain.Vocabularies;

namespace AzChina.Domain.Tests.Metrics;

public class ClaimReconciliationTests
{
    private static ClaimInput Claim(string source, double value, Qualifier qualifier, string stated, string publishedOn) =>
        new($"{source}-claim", value, qualifier, stated, DateOnly.Parse(publishedOn), source);

    [Fact]
    public void GrowthIn2024Of20And20Point7And21IsConsistentAndPrefers20Point7FromTheNewestSource()
    {
        var result = ClaimReconciliation.Reconcile([
            Claim("caliber", 20, Qualifier.Exact, "20%", "2025-04-23"),
            Claim("ocmedia", 20.7, Qualifier.Exact, "20.7%", "2025-04-21"),
            Claim("garayev", 20.7, Qualifier.Exact, "20.7 percent", "2025-04-22"),
            Claim("commission", 21, Qualifier.Exact, "21 percent", "2025-04-16"),
        ]);

        Assert.Equal(ClaimAgreement.Consistent, result.Agreement);
        Assert.Equal(20.7, result.Preferred.Value);
        Assert.Equal("garayev", result.Preferred.SourceId);
    }

    [Fact]
    public void FirstQuarterGrowthOfNearly40And37IsConsistentAndPrefersThePlain37()
    {
        var result = ClaimReconciliation.Reconcile([
            Claim("caliber", 40, Qualifier.Nearly, "40%", "2025-04-23"),
            Claim("commission", 37, Qualifier.Exact, "37 percent", "2025-04-16"),
        ]);

        Assert.Equal(ClaimAgreement.Consistent, result.Agreement);
        Assert.Equal(37, result.Preferred.Value);
        Assert.Null(result.LowerBound);
        Assert.Null(result.UpperBound);
    }

    [Fact]
    public void TurnoverOf3Point7BillionStatedExactlyBeatsApproximately()
    {
        var result = ClaimReconciliation.Reconcile([
            Claim("commission", 3.7e9, Qualifier.Approximately, "$3.7 billion", "2025-04-16"),
            Claim("caliber", 3.7e9, Qualifier.Exact, "$3.7 billion", "2025-04-23"),
        ]);

        Assert.Equal(Qualifier.Exact, result.Preferred.Qualifier);
        Assert.Equal(ClaimAgreement.Consistent, result.Agreement);
    }

    [Fact]
    public void ASingleClaimIsSingleAndAnOverClaimHasItsLowerBound()
    {
        var result = ClaimReconciliation.Reconcile([Claim("commission", 1e9, Qualifier.Over, "$1 billion", "2025-04-16")]);

        Assert.Equal(ClaimAgreement.Single, result.Agreement);
        Assert.Equal(1e9, result.LowerBound);
        Assert.Null(result.UpperBound);
    }

    [Fact]
    public void OverOneBillionIsConsistentWith1Point2Billion()
    {
        var result = ClaimReconciliation.Reconcile([
            Claim("a", 1e9, Qualifier.Over, "$1 billion", "2025-04-16"),
            Claim("b", 1.2e9, Qualifier.Exact, "$1.2 billion", "2025-04-17"),
        ]);

        Assert.Equal(ClaimAgreement.Consistent, result.Agreement);
        Assert.Equal(1.2e9, result.Preferred.Value);
    }

    [Fact]
    public void BoundsOnlyPreferTheNewestAndKeepItsBound()
    {
        var result = ClaimReconciliation.Reconcile([
            Claim("old", 900e6, Qualifier.Over, "$900 million", "2025-01-01"),
            Claim("new", 1e9, Qualifier.Over, "$1 billion", "2025-06-01"),
        ]);

        Assert.Equal(ClaimAgreement.Consistent, result.Agreement);
        Assert.Equal("new", result.Preferred.SourceId);
        Assert.Equal(1e9, result.LowerBound);
    }

    [Fact]
    public void FiguresThatCannotBothBeTrueConflict()
    {
        var result = ClaimReconciliation.Reconcile([
            Claim("a", 20, Qualifier.Exact, "20%", "2025-04-23"),
            Claim("b", 37, Qualifier.Exact, "37%", "2025-04-16"),
        ]);

        Assert.Equal(ClaimAgreement.Conflicting, result.Agreement);
    }

    [Fact]
    public void NearlyAndOverConflictWhenTheyCannotMeet()
    {
        var result = ClaimReconciliation.Reconcile([
            Claim("a", 40, Qualifier.Nearly, "40%", "2025-04-23"),
            Claim("b", 45, Qualifier.Over, "45%", "2025-04-16"),
        ]);

        Assert.Equal(ClaimAgreement.Conflicting, result.Agreement);
        Assert.Equal(40, ClaimReconciliation.BoundsOf(result.Preferred).Upper);
    }

    [Fact]
    public void The2025TotalOfOverFourBillionIsASingleClaimWithItsLowerBound()
    {
        var result = ClaimReconciliation.Reconcile([Claim("azernews", 4e9, Qualifier.Over, "$4 billion", "2026-01-10")]);

        Assert.Equal(ClaimAgreement.Single, result.Agreement);
        Assert.Equal(Qualifier.Over, result.Preferred.Qualifier);
        Assert.Equal(4e9, result.LowerBound);
        Assert.Null(result.UpperBound);
    }

    [Fact]
    public void FirstQuarterGrowthBeforeTheNearly40WasPublishedIsASingle37()
    {
        var result = ClaimReconciliation.Reconcile([Claim("commission", 37, Qualifier.Exact, "37 percent", "2025-04-16")]);

        Assert.Equal(ClaimAgreement.Single, result.Agreement);
        Assert.Equal(37, result.Preferred.Value);
    }

    [Fact]
    public void InAConflictAPreciseOutlierDoesNotOutvoteSourcesThatAgree()
    {
        var result = ClaimReconciliation.Reconcile([
            Claim("caliber", 20, Qualifier.Exact, "20%", "2025-04-23"),
            Claim("ocmedia", 20.7, Qualifier.Exact, "20.7%", "2025-04-21"),
            Claim("commission", 21, Qualifier.Exact, "21 percent", "2025-04-16"),
            Claim("outlier", 37.15, Qualifier.Exact, "37.15%", "2025-05-01"),
        ]);

        Assert.Equal(ClaimAgreement.Conflicting, result.Agreement);
        Assert.Equal(20.7, result.Preferred.Value);
    }

    [Fact]
    public void ATwoWayConflictPrefersTheMorePreciseClaim()
    {
        var result = ClaimReconciliation.Reconcile([
            Claim("newer", 20, Qualifier.Exact, "20%", "2025-04-23"),
            Claim("older", 37.5, Qualifier.Exact, "37.5%", "2025-04-16"),
        ]);

        Assert.Equal(ClaimAgreement.Conflicting, result.Agreement);
        Assert.Equal("older", result.Preferred.SourceId);
    }

    [Fact]
    public void BoundsThatCannotMeetConflictAndBoundsThatCanAgree()
    {
        var apart = ClaimReconciliation.Reconcile([
            Claim("a", 5e9, Qualifier.Over, "$5 billion", "2025-04-23"),
            Claim("b", 3e9, Qualifier.UpTo, "$3 billion", "2025-04-16"),
        ]);
        var meeting = ClaimReconciliation.Reconcile([
            Claim("a", 40, Qualifier.Nearly, "40%", "2025-04-23"),
            Claim("b", 45, Qualifier.UpTo, "45%", "2025-04-16"),
        ]);

        Assert.Equal(ClaimAgreement.Conflicting, apart.Agreement);
        Assert.Equal(ClaimAgreement.Consistent, meeting.Agreement);
        Assert.Equal(40, meeting.Preferred.Value);
        Assert.Equal(40, meeting.UpperBound);
    }

    [Fact]
    public void NoClaimsIsAnError()
    {
        Assert.Throws<ArgumentException>(() => ClaimReconciliation.Reconcile([]));
    }

    [Fact]
    public void TwoOutletsRelayingOneOccasionWeighAsOneOrigin()
    {
        // Counted in claims, the two relays of one interview (37.15) would outvote the one precise figure (20.7)
        // and the other agreeing one (20, 21 would have been two more); counted in origins, they are one.
        var result = ClaimReconciliation.Reconcile([
            Claim("ocmedia", 37.15, Qualifier.Exact, "37.15%", "2025-04-21") with { StatedAt = "interview" },
            Claim("trend", 37.15, Qualifier.Exact, "37.15%", "2025-04-22") with { StatedAt = "interview" },
            Claim("caliber", 20, Qualifier.Exact, "20%", "2025-04-23") with { StatedAt = "meeting" },
            Claim("commission", 20.7, Qualifier.Exact, "20.7%", "2025-04-16") with { StatedAt = "session" },
        ]);

        Assert.Equal(ClaimAgreement.Conflicting, result.Agreement);
        Assert.Equal(20.7, result.Preferred.Value);
    }

    [Fact]
    public void ClaimsWithoutAnOccasionEachWeighAsAnOrigin()
    {
        // Without origins (each claim its own), the two relays are the larger group: the rule above is what changes it.
        var result = ClaimReconciliation.Reconcile([
            Claim("ocmedia", 37.15, Qualifier.Exact, "37.15%", "2025-04-21"),
            Claim("trend", 37.15, Qualifier.Exact, "37.15%", "2025-04-22"),
            Claim("caliber", 20, Qualifier.Exact, "20%", "2025-04-23"),
        ]);

        Assert.Equal(37.15, result.Preferred.Value);
    }
}
