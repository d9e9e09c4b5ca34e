using MassTransit;

namespace TechTransfer.Contracts.Licensing;

/// <summary>
/// A licence on a technology was signed. Disclosures records it as a "licence" transfer. Defined ahead of the
/// Licensing service so its consumers can be built and tested; Licensing owns it from now on. Optional (a
/// reader takes a missing value as unknown): <see cref="Kind"/> (exclusive, non-exclusive or option), the licensee's size class
/// (<see cref="CompanySizeClass"/>) and who signed it.
/// </summary>
[MessageUrn(Urn)]
[EntityName(Exchange)]
public sealed record LicenceSigned(
    Guid LicenceId,
    Guid TechnologyId,
    Guid LicenseeId,
    string LicenseeName,
    bool Exclusive,
    DateOnly SignedOn,
    DateTimeOffset SignedAt,
    string? FieldOfUse = null,
    string? Territory = null,
    string? Kind = null,
    string? LicenseeSizeClass = null,
    string? By = null)
{
    public const string Urn = WireName.UrnPrefix + "licensing:licence-signed:v1";
    public const string Exchange = WireName.ExchangePrefix + "licensing.licence-signed.v1";
}
