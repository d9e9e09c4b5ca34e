using System.ComponentModel.DataAnnotations;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Money;

namespace TechTransfer.Licensing.Api.RevenueSharing.Policies.Adopt;

/// <summary>One beneficiary of the facility's part and its weight: its share is weight ÷ the tier's total weight (1, 1, 1 is a third each).</summary>
public sealed record Beneficiary([Required, StringLength(100, MinimumLength = 2)] string Name, [Required, Range(typeof(decimal), "0.0001", "1000000")] decimal? Weight);

/// <summary>
/// A tier applies to the facility's net income from one technology in one calendar year (by the day it was received)
/// from <see cref="From"/> (in the policy currency) up to the next tier's threshold. The first starts at 0.
/// </summary>
public sealed record PolicyTier([Required, Range(typeof(decimal), "0", "100000000000")] decimal? From, [Required, MinLength(1), MaxLength(20)] IReadOnlyList<Beneficiary> Beneficiaries);

/// <summary>Adopt a facility's policy from a date (request body): it supersedes the one before it for income received from that day on.</summary>
public sealed record AdoptPolicy(
    [Required] DateOnly? EffectiveFrom,
    [Required, MinLength(1), MaxLength(10)] IReadOnlyList<PolicyTier> Tiers,
    bool DeductPatentCosts = true,
    [StringLength(3, MinimumLength = 3)] string? Currency = null,
    [StringLength(500)] string? Description = null);

public sealed record RevenueSharingPolicyAdopted(Policy Policy);

public static class AdoptPolicyDecision
{
    /// <summary>
    /// A new policy takes effect after the last one (policies only move forward: what was shared under a policy stays
    /// explained by it), or on the same day as the last one while that one is not in force yet (a correction before it
    /// applies). Thresholds fit the policy currency and rise from 0; each tier names its beneficiaries once.
    /// </summary>
    public static IReadOnlyList<object> Decide(FacilityPolicies? held, string facility, AdoptPolicy command, Guid id, DateOnly today, string by, DateTimeOffset now)
    {
        var name = facility.Trim();
        if (name.Length is < 2 or > 100) throw new DomainRuleViolationException("facility-is-named", "Name the facility (2 to 100 characters), e.g. CERN.");
        var effective = command.EffectiveFrom ?? throw new DomainRuleViolationException("policy-has-an-effective-date", "Say from which day the policy applies.");
        if (held?.Policies is [.., var last])
        {
            if (effective < last.EffectiveFrom || (effective == last.EffectiveFrom && last.EffectiveFrom <= today))
                throw new DomainRuleViolationException("policy-takes-effect-after-the-last",
                    $"The policy in force from {last.EffectiveFrom:yyyy-MM-dd} is not rewritten: a new policy must take effect after it"
                    + (last.EffectiveFrom > today ? " (or on the same day, to correct it before it applies)." : "."), RuleKind.CurrentState);
        }
        var currency = Money.CurrencyCode(command.Currency ?? Money.DefaultCurrency);
        var tiers = (command.Tiers ?? []).Select((tier, i) =>
        {
            var from = tier.From ?? 0m;
            if (from != 0m) Money.Of(from, currency, $"tier {i + 1} threshold");
            var beneficiaries = (tier.Beneficiaries ?? []).Select(b => new ShareOf(b.Name.Trim(), b.Weight ?? 0m)).ToList();
            if (beneficiaries.Count == 0) throw new DomainRuleViolationException("tier-has-beneficiaries", $"Tier {i + 1} names no beneficiary.");
            if (beneficiaries.Any(b => b.Weight <= 0m)) throw new DomainRuleViolationException("weight-is-positive", $"Every weight in tier {i + 1} must be above zero.");
            if (beneficiaries.Select(b => StreamKeys.Normalise(b.Name)).Distinct().Count() != beneficiaries.Count)
                throw new DomainRuleViolationException("beneficiary-is-named-once", $"A beneficiary appears twice in tier {i + 1}.");
            return new ShareTier(from, [.. beneficiaries.Select(b => StreamKeys.Normalise(b.Name) == Policy.Inventors ? b with { Name = Policy.Inventors } : b)]);
        }).ToList();
        if (tiers.Count == 0) throw new DomainRuleViolationException("policy-has-tiers", "A policy needs at least one tier (from 0).");
        if (tiers[0].From != 0m || tiers.Zip(tiers.Skip(1)).Any(p => p.Second.From <= p.First.From))
            throw new DomainRuleViolationException("tiers-start-at-zero-and-rise", "The first tier starts at 0 and each next threshold is higher.");
        return [new RevenueSharingPolicyAdopted(new Policy(id, held?.Facility ?? name, effective, currency, command.DeductPatentCosts, tiers,
            command.Description?.Trim(), by, now))];
    }
}
