using MassTransit;

namespace TechTransfer.Contracts.Disclosures;

/// <summary>
/// A transfer of a technology was recorded. <see cref="Form"/>: patent, licence, start-up,
/// partnership-agreement, consulting-agreement, service-contract or standardisation.
/// <see cref="ReportedBy"/>: the service that reported it (disclosures, licensing, incubation).
/// </summary>
[MessageUrn(Urn)]
[EntityName(Exchange)]
public sealed record TechnologyTransferRecorded(
    Guid TechnologyId, Guid TransferId, string Form, string Counterpart, string Reference, DateOnly TransferredOn, string ReportedBy, DateTimeOffset RecordedAt)
{
    public const string Urn = WireName.UrnPrefix + "disclosures:technology-transfer-recorded:v1";
    public const string Exchange = WireName.ExchangePrefix + "disclosures.technology-transfer-recorded.v1";
}
