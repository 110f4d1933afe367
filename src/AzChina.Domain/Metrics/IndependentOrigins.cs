namespace AzChina.Domain.Metrics;

/// <summary>
/// Which claims are independent (issue 13, item 4). Two outlets relaying one interview are two sources but
/// one origin: a claim's origin is the occasion it was stated at (its statedAt event), and a claim that names
/// no occasion is an origin of its own. Corroboration is counted in origins, not in sources.
/// </summary>
public static class IndependentOrigins
{
    public const string RuleText =
        "A claim's origin is the occasion it was stated at (statedAt): claims stated at one occasion, such as one interview relayed by two outlets, " +
        "are one origin; a claim that names no occasion is an origin of its own.";

    /// <summary>The origin of a claim: its occasion, or the claim itself when it names none.</summary>
    public static string Of(string claimId, string? statedAt) => statedAt is null ? "claim:" + claimId : "event:" + statedAt;

    public static int Count(IEnumerable<Claim> claims) => claims.Select(c => Of(c.Id, c.StatedAt)).Distinct(StringComparer.Ordinal).Count();
}
