using JasperFx.Events;
using Marten.Events.Aggregation;
using TechTransfer.BuildingBlocks.Money;
using TechTransfer.Licensing.Api.Licences.Amend;
using TechTransfer.Licensing.Api.Licences.Draft;
using TechTransfer.Licensing.Api.Licences.Expire;
using TechTransfer.Licensing.Api.Licences.RecordMilestone;
using TechTransfer.Licensing.Api.Licences.RecordPayment;
using TechTransfer.Licensing.Api.Licences.Sign;
using TechTransfer.Licensing.Api.Licences.SubmitRoyaltyReport;
using TechTransfer.Licensing.Api.Licences.Terminate;
using TechTransfer.Licensing.Api.Licensees;

namespace TechTransfer.Licensing.Api.Licences;

/// <summary>
/// A licence folded from its stream: what every decision reads and what staff and the licensee's own system see
/// (inline snapshot). It holds the technology's id and public title only, never confidential technology data.
/// </summary>
public sealed record Licence
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public LicenceStatus Status { get; init; }
    public LicenceTerms Terms { get; init; } = null!;
    public Guid TechnologyId { get; init; }
    public Guid LicenseeId { get; init; }
    public string LicenseeName { get; init; } = "";
    public Guid? LicenseeOrganisationId { get; init; }
    public SizeClass LicenseeSize { get; init; }
    public DateOnly EndsOn { get; init; }
    public string? TechnologyTitle { get; init; }
    public string? Facility { get; init; }
    public DateTimeOffset DraftedAt { get; init; }
    public int Amendments { get; init; }
    public DateOnly? SignedOn { get; init; }
    public string? SignedBy { get; init; }
    public DateOnly? EndedOn { get; init; }
    public string? EndReason { get; init; }
    public IReadOnlyList<string> MilestonesReached { get; init; } = [];
    public IReadOnlyList<ReportSummary> Reports { get; init; } = [];
    public IReadOnlyList<Statement> Statements { get; init; } = [];
    public DateOnly? FirstSoldOn { get; init; }

    public static Licence? Next(Licence? state, object @event) => (state, @event) switch
    {
        (_, LicenceDrafted e) => new Licence
        {
            Id = e.LicenceId, Status = LicenceStatus.Draft, Terms = e.Terms, TechnologyId = e.Terms.TechnologyId, LicenseeId = e.Terms.LicenseeId,
            LicenseeName = e.LicenseeName, LicenseeOrganisationId = e.LicenseeOrganisationId, LicenseeSize = e.LicenseeSize, EndsOn = e.Terms.EndsOn,
            DraftedAt = e.At,
        },
        (null, _) => null,
        ({ } s, LicenceAmended e) => s with { Terms = e.Terms, EndsOn = e.Terms.EndsOn, Amendments = s.Amendments + 1 },
        ({ } s, LicenceSigned e) => s with
        {
            Status = LicenceStatus.Signed,
            SignedOn = e.SignedOn,
            SignedBy = e.By,
            Facility = e.Facility,
            TechnologyTitle = e.TechnologyTitle,
            LicenseeName = e.LicenseeName,
            LicenseeSize = e.LicenseeSize,
        },
        ({ } s, LicenceTerminated e) => s with { Status = LicenceStatus.Terminated, EndedOn = e.EndedOn, EndReason = e.Reason },
        ({ } s, LicenceExpired e) => s with { Status = LicenceStatus.Expired, EndedOn = e.EndedOn, EndReason = "reached its end date" },
        ({ } s, MilestoneReached e) => s with { MilestonesReached = [.. s.MilestonesReached, e.Name] },
        ({ } s, RoyaltyReportSubmitted e) => s with
        {
            Reports = [.. s.Reports, new ReportSummary(e.ReportId, e.PeriodStart, e.PeriodEnd, e.LicenceYear, e.NetSales, e.SublicenceIncome, e.RoyaltyOnSales,
                e.SublicenceShareDue, e.MinimumTopUp, e.Due, e.At)],
        },
        ({ } s, StatementIssued e) => s with
        {
            Statements = [.. s.Statements, new Statement(e.StatementId, e.Kind, e.Description, e.Amount, Money.Zero(e.Amount.Currency), e.IssuedOn, e.DueOn, e.ReportId)],
        },
        ({ } s, FirstSalesReported e) => s with { FirstSoldOn = e.FirstSoldOn },
        ({ } s, PaymentRecorded e) => s with
        {
            Statements = [.. s.Statements.Select(st => st.Id == e.StatementId ? st with { Paid = st.Paid + e.Amount } : st)],
        },
        ({ } s, _) => s,
    };

    public static Licence? From(IEnumerable<object> events) => events.Aggregate((Licence?)null, Next);
}

public sealed partial class LicenceProjection : SingleStreamProjection<Licence, Guid>
{
    public override Licence? Evolve(Licence? snapshot, Guid id, IEvent e) => Licence.Next(snapshot, e.Data);
}
