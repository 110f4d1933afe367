using AzChina.Domain.Metrics;
using AzChina.Domain.Time;
using AzChina.Domain.Vocabularies;

namespace AzChina.Domain.Tests.Metrics;

public class DerivationTests
{
    // Claims shaped like those in the data, with the ranges reconciliation reads them as; the 2025 level is
    // made up (the data's "exceeding $4 billion" has no period, so it feeds nothing derived).
    private static KnownValue Known(string period, double value, Qualifier qualifier, string stated, string claimId) =>
        new(Period.Parse(period), value, ClaimReconciliation.RangeOf(new ClaimInput(claimId, value, qualifier, stated, new DateOnly(2025, 4, 16), "source")), claimId);

    private static readonly KnownValue Turnover2024 = Known("2024", 3.7e9, Qualifier.Exact, "$3.7 billion", "trade-turnover-2024-caliber");
    private static readonly KnownValue Turnover2025 = Known("2025", 4e9, Qualifier.Over, "$4 billion", "turnover-2025-example");
    private static readonly KnownValue TurnoverQ1 = Known("2025-Q1", 1e9, Qualifier.Over, "$1 billion", "trade-turnover-2025-q1-trend-commission");
    private static readonly KnownValue Growth2024 = Known("2024", 20.7, Qualifier.Exact, "20.7 percent", "trade-turnover-growth-2024-trend-garayev");
    private static readonly KnownValue GrowthQ1 = Known("2025-Q1", 37, Qualifier.Exact, "37 percent", "trade-turnover-growth-2025-q1-trend-commission");

    [Fact]
    public void Turnover2023IsImpliedBy2024TurnoverAndItsGrowth()
    {
        var derived = Derivation.EarlierLevels("trade_turnover", "trade_turnover_growth", [Turnover2024, Turnover2025], [Growth2024]);

        var y2023 = Assert.Single(derived);
        Assert.Equal("2023", y2023.Period.Text);
        Assert.Equal(3.7e9 / 1.207, y2023.Value, 1);
        // $3.7 billion allows 3.6–3.8 billion and 20.7% allows 20.6–20.8%.
        Assert.Equal(3.6e9 / 1.208, y2023.LowerBound!.Value, 1);
        Assert.Equal(3.8e9 / 1.206, y2023.UpperBound!.Value, 1);
        Assert.Equal(["trade-turnover-2024-caliber", "trade-turnover-growth-2024-trend-garayev"], y2023.DerivedFrom);
        Assert.Contains("3,700,000,000 / (1 + 20.7 / 100)", y2023.Formula);
    }

    [Fact]
    public void AHedgedInputLeavesTheDerivedValueOpenOnThatSide()
    {
        var derived = Derivation.EarlierLevels("trade_turnover", "trade_turnover_growth", [TurnoverQ1], [GrowthQ1]);

        var q1 = Assert.Single(derived);
        Assert.Equal("2024-Q1", q1.Period.Text);
        Assert.Equal(1e9 / 1.37, q1.Value, 1);
        Assert.Equal(1e9 / 1.38, q1.LowerBound!.Value, 1);
        Assert.Null(q1.UpperBound);
    }

    [Fact]
    public void Growth2025IsComputedFromTheTwoStatedYears()
    {
        var derived = Derivation.Growths("trade_turnover", "trade_turnover_growth", [Turnover2024, Turnover2025, TurnoverQ1], [Growth2024, GrowthQ1]);

        var y2025 = Assert.Single(derived);
        Assert.Equal("2025", y2025.Period.Text);
        Assert.Equal(100 * (4e9 / 3.7e9 - 1), y2025.Value, 9);
        Assert.Equal(100 * (4e9 / 3.8e9 - 1), y2025.LowerBound!.Value, 9);
        Assert.Null(y2025.UpperBound);
        Assert.Equal(["turnover-2025-example", "trade-turnover-2024-caliber"], y2025.DerivedFrom);
        Assert.Equal("trade_turnover_growth 2025 = 100 × (trade_turnover 2025 / trade_turnover 2024 − 1) = 100 × (4,000,000,000 / 3,700,000,000 − 1)", y2025.Formula);
    }

    [Fact]
    public void NothingIsDerivedForAPeriodASourceStates()
    {
        var turnover2023 = Known("2023", 3.1e9, Qualifier.Exact, "$3.1 billion", "t-2023");
        var growth2025 = Known("2025", 8, Qualifier.Exact, "8%", "g-2025");

        Assert.Empty(Derivation.EarlierLevels("trade_turnover", "trade_turnover_growth", [turnover2023, Turnover2024], [Growth2024]));
        Assert.Empty(Derivation.Growths("trade_turnover", "trade_turnover_growth", [Turnover2024, Turnover2025], [growth2025]));
    }

    [Fact]
    public void InputsOpenOnBothSidesImplyNothing()
    {
        var over2024 = Known("2024", 3e9, Qualifier.Over, "$3 billion", "t-2024");

        Assert.Empty(Derivation.Growths("trade_turnover", "trade_turnover_growth", [over2024, Turnover2025], []));
    }

    [Fact]
    public void PointInTimeFiguresHaveNoYearOnYearDerivation()
    {
        var stock = Known("2025-04-16", 942e6, Qualifier.Nearly, "$942 million", "stock");
        var growth = Known("2025-04-16", 10, Qualifier.Exact, "10%", "growth");

        Assert.Empty(Derivation.EarlierLevels("investment_stock", "investment_stock_growth", [stock], [growth]));
    }

    [Theory]
    [InlineData("trade_turnover")]
    [InlineData("trade_turnover_growth")]
    public void ALevelAndItsGrowthArePairedByName(string either)
    {
        Assert.Equal(("trade_turnover", "trade_turnover_growth"), Derivation.PairOf(either));
    }
}
