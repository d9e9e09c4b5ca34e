using JasperFx.Events;
using TechTransfer.BuildingBlocks.Messaging.Outbox;
using TechTransfer.Financing.Api.Rounds;
using TechTransfer.Financing.Api.Rounds.Close;
using TechTransfer.Financing.Api.Rounds.Open;
using Contract = TechTransfer.Contracts.Financing;

namespace TechTransfer.Financing.Api.Integration;

/// <summary>
/// What Financing tells other services: a round opened, closed (amount raised with its public/private split) or
/// failed. Commitments, investors and panels stay inside (who put how much in is the investors' business).
/// </summary>
public sealed class FinancingContractEvents : IContractEventMap
{
    public object? ToContract(IEvent @event) => @event.Data switch
    {
        RoundOpened e => new Contract.RoundOpened(e.RoundId, e.StartUpId, e.Instrument.WireName(), e.Target.Amount, e.Minimum.Amount, e.Cap?.Amount,
            e.Target.Currency, e.Deadline, e.At, e.By),
        RoundClosed e => new Contract.RoundClosed(@event.StreamId, e.StartUpId, e.Instrument.WireName(), e.Raised.Amount, e.Raised.Currency, e.ClosedOn, e.At,
            e.PublicMoney.Amount, e.PrivateMoney.Amount, e.PostMoneyValuation?.Amount, e.Dilution, DateOnly.FromDateTime(e.OpenedAt.UtcDateTime),
            e.StartUpName, e.TechnologyIds, e.By),
        RoundFailed e => new Contract.RoundFailed(@event.StreamId, e.StartUpId, e.Instrument.WireName(), e.Committed.Amount, e.Minimum.Amount,
            e.Committed.Currency, e.Deadline, e.At, e.Reason, e.By, e.StartUpName, e.TechnologyIds),
        _ => null,
    };
}
