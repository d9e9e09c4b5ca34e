using MassTransit;

namespace TechTransfer.Contracts.Licensing;

/// <summary>A signed licence ended before or at its end date. <see cref="Expired"/> is true when it simply reached its end date; otherwise <see cref="Reason"/> says why it was terminated.</summary>
[MessageUrn(Urn)]
[EntityName(Exchange)]
public sealed record LicenceTerminated(
    Guid LicenceId, Guid TechnologyId, Guid LicenseeId, string Reason, bool Expired, DateOnly EndedOn, DateTimeOffset EndedAt, string? By = null)
{
    public const string Urn = WireName.UrnPrefix + "licensing:licence-terminated:v1";
    public const string Exchange = WireName.ExchangePrefix + "licensing.licence-terminated.v1";
}
