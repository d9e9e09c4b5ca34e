using JasperFx.Events;
using Marten.Events.Aggregation;
using TechTransfer.Licensing.Api.RevenueSharing.Policies.Adopt;

namespace TechTransfer.Licensing.Api.RevenueSharing.Policies;

/// <summary>A facility's policies, oldest first (inline snapshot of the facility's policy stream).</summary>
public sealed record FacilityPolicies
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public string Facility { get; init; } = "";
    public IReadOnlyList<Policy> Policies { get; init; } = [];

    /// <summary>The policy in force on a day: the latest whose effective date is on or before it; the default before the first.</summary>
    public Policy InForceOn(DateOnly day) => Policies.LastOrDefault(p => p.EffectiveFrom <= day) ?? Policy.Default(Facility);

    public static FacilityPolicies? Next(FacilityPolicies? state, object @event) => @event switch
    {
        RevenueSharingPolicyAdopted { Policy: var p } => new FacilityPolicies
        {
            Id = state?.Id ?? StreamKeys.Policies(p.Facility), Facility = state?.Facility ?? p.Facility,
            // A policy adopted for the same day as a later one not yet in force replaces it (see AdoptPolicyDecision.Decide).
            Policies = [.. (state?.Policies ?? []).Where(x => x.EffectiveFrom < p.EffectiveFrom), p],
        },
        _ => state,
    };
}

public sealed partial class FacilityPoliciesProjection : SingleStreamProjection<FacilityPolicies, Guid>
{
    public override FacilityPolicies? Evolve(FacilityPolicies? snapshot, Guid id, IEvent e) => FacilityPolicies.Next(snapshot, e.Data);
}
