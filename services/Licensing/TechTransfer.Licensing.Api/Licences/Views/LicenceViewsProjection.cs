using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using TechTransfer.BuildingBlocks.Money;
using TechTransfer.Licensing.Api.Licences.RecordPayment;
using TechTransfer.Licensing.Api.Licences.Sign;

namespace TechTransfer.Licensing.Api.Licences.Views;

/// <summary>Keeps the statement, figure and inventor rows inline: they commit with the events.</summary>
public sealed partial class LicenceViewsProjection : EventProjection
{
    public override async ValueTask ApplyAsync(IDocumentOperations operations, IEvent e, CancellationToken cancellation)
    {
        var licenceId = e.StreamId;
        switch (e.Data)
        {
            case StatementIssued s:
            {
                var licence = await operations.LoadAsync<Licence>(licenceId, cancellation);
                operations.Store(new StatementView(s.StatementId, licenceId, licence?.LicenseeId ?? Guid.Empty, licence?.LicenseeOrganisationId,
                    licence?.LicenseeName ?? "", licence?.TechnologyId ?? Guid.Empty, s.Kind, s.Description, s.Amount, Money.Zero(s.Amount.Currency), s.IssuedOn,
                    s.DueOn, s.Amount.Amount == 0m));
                break;
            }
            case PaymentRecorded p:
                if (await operations.LoadAsync<StatementView>(p.StatementId, cancellation) is { } view)
                {
                    var paid = view.Paid + p.Amount;
                    operations.Store(view with { Paid = paid, Settled = paid.Amount >= view.Amount.Amount });
                }
                operations.Store(new IncomeFact(p.PaymentId, licenceId, p.TechnologyId, p.Facility, p.PaidOn.Year, p.Amount.Currency, p.RunningRoyalties.Amount,
                    p.OtherIncome.Amount));
                break;
            case LicenceSigned s:
                operations.Store(new LicenceFact(licenceId, s.TechnologyId, s.Facility, s.SignedOn.Year, s.Terms.Kind, s.SignedOn));
                break;
            case RevenueShared r:
                foreach (var inventor in r.Inventors)
                    operations.Store(new InventorIncomeRow(RevenueSharing.RowIds.Of(r.PaymentId, inventor.InventorId), inventor.InventorId, r.Year, r.PaidOn, r.PaymentId, licenceId,
                        r.TechnologyId, inventor.Share, inventor.Amount));
                break;
        }
    }
}
