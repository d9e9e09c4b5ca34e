using MassTransit;

namespace TechTransfer.Contracts.Disclosures;

/// <summary>A technology moved to its next phase: 1 facility R&amp;D, 2 prototype, 3 SME product. Phases never go back.</summary>
[MessageUrn(Urn)]
[EntityName(Exchange)]
public sealed record TechnologyPhaseAdvanced(Guid TechnologyId, int FromPhase, int ToPhase, DateTimeOffset AdvancedAt)
{
    public const string Urn = WireName.UrnPrefix + "disclosures:technology-phase-advanced:v1";
    public const string Exchange = WireName.ExchangePrefix + "disclosures.technology-phase-advanced.v1";
}
