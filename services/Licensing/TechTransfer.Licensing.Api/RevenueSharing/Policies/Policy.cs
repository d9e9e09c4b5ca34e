using TechTransfer.BuildingBlocks.Money;

namespace TechTransfer.Licensing.Api.RevenueSharing.Policies;

public sealed record ShareTier(decimal From, IReadOnlyList<ShareOf> Beneficiaries);

public sealed record ShareOf(string Name, decimal Weight);

/// <summary>A policy as adopted: <see cref="IsDefault"/> marks the built-in default, used for a facility with no policy in force.</summary>
public sealed record Policy(Guid Id, string Facility, DateOnly EffectiveFrom, string Currency, bool DeductPatentCosts, IReadOnlyList<ShareTier> Tiers,
    string? Description, string By, DateTimeOffset At, bool IsDefault = false)
{
    public const string Inventors = "inventors";

    /// <summary>
    /// With no policy of its own in force, a facility shares as the seeds describe the common practice: patent costs
    /// recovered first, then a third each to the inventors, their lab and the transfer office, with no threshold.
    /// </summary>
    public static Policy Default(string facility) => new(Guid.Empty, facility, DateOnly.MinValue, Money.DefaultCurrency, true,
        [new ShareTier(0m, [new ShareOf(Inventors, 1m), new ShareOf("lab", 1m), new ShareOf("office", 1m)])],
        "Default: patent costs first, then one third each to the inventors, the lab and the office.", "licensing", DateTimeOffset.MinValue, IsDefault: true);
}
