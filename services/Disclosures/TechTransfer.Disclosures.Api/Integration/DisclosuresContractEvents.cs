using JasperFx.Events;
using TechTransfer.BuildingBlocks.Messaging.Outbox;
using TechTransfer.Disclosures.Api.Technologies;
using TechTransfer.Disclosures.Api.Technologies.Abandon;
using TechTransfer.Disclosures.Api.Technologies.AdvancePhase;
using TechTransfer.Disclosures.Api.Technologies.AgreeIpOwnership;
using TechTransfer.Disclosures.Api.Technologies.Disclose;
using TechTransfer.Disclosures.Api.Technologies.PublishForMarketing;
using TechTransfer.Disclosures.Api.Technologies.RecordTransfer;
using Contract = TechTransfer.Contracts.Disclosures;

namespace TechTransfer.Disclosures.Api.Integration;

/// <summary>
/// The events Disclosures tells other services about. Each mapping names the fields that leave, one by one:
/// the confidential description, inventors' names and e-mails, assessment notes and reasons never do.
/// </summary>
public sealed class DisclosuresContractEvents : IContractEventMap
{
    public object? ToContract(IEvent @event) => @event.Data switch
    {
        TechnologyDisclosed e => new Contract.TechnologyDisclosed(e.TechnologyId, e.Title, e.Facility, e.DisclosedAt, e.Field, e.Received),
        InventorSharesSet e => new Contract.InventorSharesSet(@event.StreamId,
            [.. e.Shares.Select(s => new Contract.InventorShare(s.InventorId, s.Share))], e.At),
        IpOwnershipAgreed e => new Contract.IpOwnershipAgreed(@event.StreamId,
            [.. e.Owners.Select(o => new Contract.OwnerShare(o.Name, OwnerKindName(o.Kind), o.Share))], e.AgreementReference, e.At),
        TechnologyPublishedForMarketing e => new Contract.TechnologyPublishedForMarketing(@event.StreamId, e.PublicTitle, e.Summary,
            e.Applications, e.Keywords, e.Facility, e.Field, (int)e.Phase, e.At),
        PhaseAdvanced e => new Contract.TechnologyPhaseAdvanced(@event.StreamId, (int)e.From, (int)e.To, e.At),
        TransferRecorded e => new Contract.TechnologyTransferRecorded(@event.StreamId, e.TransferId, e.Form.WireName(), e.Counterpart,
            e.Reference, e.On, e.Source, e.At),
        TechnologyAbandoned e => new Contract.TechnologyAbandoned(@event.StreamId, e.At),
        _ => null,
    };

    private static string OwnerKindName(OwnerKind kind) => kind.ToString().ToLowerInvariant();
}
