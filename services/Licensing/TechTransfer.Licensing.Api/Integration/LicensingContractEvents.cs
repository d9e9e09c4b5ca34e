using JasperFx.Events;
using TechTransfer.BuildingBlocks.Messaging.Outbox;
using TechTransfer.Licensing.Api.Licences;
using TechTransfer.Licensing.Api.Licences.Expire;
using TechTransfer.Licensing.Api.Licences.RecordPayment;
using TechTransfer.Licensing.Api.Licences.Sign;
using TechTransfer.Licensing.Api.Licences.SubmitRoyaltyReport;
using TechTransfer.Licensing.Api.Licences.Terminate;
using TechTransfer.Licensing.Api.Licensees;
using Contract = TechTransfer.Contracts.Licensing;

namespace TechTransfer.Licensing.Api.Integration;

/// <summary>
/// What Licensing tells other services: a licence signed, terminated or expired, a royalty paid, a licensee's first
/// commercial sales. Royalty reports, statements, revenue shares, interests and licensee contacts stay inside.
/// </summary>
public sealed class LicensingContractEvents : IContractEventMap
{
    public const string ExpiredReason = "reached its end date";

    public object? ToContract(IEvent @event) => @event.Data switch
    {
        LicenceSigned e => new Contract.LicenceSigned(@event.StreamId, e.TechnologyId, e.LicenseeId, e.LicenseeName, e.Terms.Kind == LicenceKind.Exclusive,
            e.SignedOn, e.At, e.Terms.FieldOfUseText, e.Terms.TerritoryText, e.Terms.Kind.WireName(), e.LicenseeSize.WireName(), e.By),
        LicenceTerminated e => new Contract.LicenceTerminated(@event.StreamId, e.TechnologyId, e.LicenseeId, e.Reason, false, e.EndedOn, e.At, e.By),
        LicenceExpired e => new Contract.LicenceTerminated(@event.StreamId, e.TechnologyId, e.LicenseeId, ExpiredReason, true, e.EndedOn, e.At, e.By),
        PaymentRecorded e => new Contract.RoyaltyPaid(e.PaymentId, @event.StreamId, e.TechnologyId, e.LicenseeId, e.StatementId, e.Amount.Amount,
            e.RunningRoyalties.Amount, e.OtherIncome.Amount, e.Amount.Currency, e.PaidOn, e.At, e.By),
        FirstSalesReported e => new Contract.FirstCommercialSalesReported(@event.StreamId, e.TechnologyId, e.LicenseeId, e.LicenseeName, e.LicenseeSize.WireName(),
            e.Product, e.FirstSoldOn, e.At, e.By),
        _ => null,
    };
}
