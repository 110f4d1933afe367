global using static AzChina.Domain.Tests.Seeds.SeedTimeShorthands;
using AzChina.Domain.Seeds;

namespace AzChina.Domain.Tests.Seeds;

/// <summary>The seed dates and periods most tests need: a stated date or period, and a date the documents do not give.</summary>
internal static class SeedTimeShorthands
{
    public static readonly SeedDate Unknown = new("/", null, "not_given", null);

    public static SeedDate Stated(string edtf) => new(edtf, null, "stated", null);

    public static SeedPeriod StatedPeriod(string text) => new(text, "stated", null);
}
