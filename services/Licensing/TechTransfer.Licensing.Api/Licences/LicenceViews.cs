using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using TechTransfer.BuildingBlocks.Money;

namespace TechTransfer.Licensing.Api.Licences;

/// <summary>A statement as staff and its licensee's system list it; indexed by licensee organisation, licence, settled and due date.</summary>
public sealed record StatementView(
    Guid Id, Guid LicenceId, Guid LicenseeId, Guid? LicenseeOrganisationId, string LicenseeName, Guid TechnologyId, StatementKind Kind, string Description,
    Money Amount, Money Paid, DateOnly IssuedOn, DateOnly DueOn, bool Settled);

/// <summary>A signed licence, for the figures: facility and year of signing, kind. Never deleted (a terminated licence was still signed that year).</summary>
public sealed record LicenceFact(Guid Id, Guid TechnologyId, string Facility, int Year, LicenceKind Kind, DateOnly SignedOn);

/// <summary>A payment received, for the figures: facility and year paid, running royalties and other income.</summary>
public sealed record IncomeFact(Guid Id, Guid LicenceId, Guid TechnologyId, string Facility, int Year, string Currency, decimal RunningRoyalties, decimal OtherIncome);

/// <summary>One inventor's part of one payment: listed per inventor and year.</summary>
public sealed record InventorIncomeRow(Guid Id, Guid InventorId, int Year, DateOnly PaidOn, Guid PaymentId, Guid LicenceId, Guid TechnologyId, decimal Share,
    Money Amount);

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
