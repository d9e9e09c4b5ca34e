using System.Globalization;
using Marten;
using MassTransit;
using TechTransfer.BuildingBlocks.Messaging.Inbox;
using TechTransfer.Contracts.Licensing;

namespace TechTransfer.Disclosures.Api.Technologies.Journey;

// What Licensing says about a licence on one of our technologies after signing (signing records a transfer and
// has its own consumer), as journey steps.

public sealed class LicenceTerminatedConsumer(ISessionFactory sessions, ILogger<LicenceTerminatedConsumer> logger)
    : IdempotentConsumer<LicenceTerminated>(sessions, logger)
{
    protected override Task HandleAsync(LicenceTerminated m, IDocumentSession session, ConsumeContext<LicenceTerminated> context) =>
        session.ReportStepAsync(m.TechnologyId, new JourneyStepReported(m.Expired ? "licence-expired" : "licence-terminated",
            m.Expired ? $"Licence {m.LicenceId} expired on {m.EndedOn:yyyy-MM-dd}" : $"Licence {m.LicenceId} terminated on {m.EndedOn:yyyy-MM-dd}: {m.Reason}",
            Sources.Licensing, $"licence {m.LicenceId}", Actors.Of(m.By, Sources.Licensing), m.EndedAt, m.EndedOn), context.CancellationToken);
}

public sealed class RoyaltyPaidConsumer(ISessionFactory sessions, ILogger<RoyaltyPaidConsumer> logger)
    : IdempotentConsumer<RoyaltyPaid>(sessions, logger)
{
    protected override Task HandleAsync(RoyaltyPaid m, IDocumentSession session, ConsumeContext<RoyaltyPaid> context) =>
        session.ReportStepAsync(m.TechnologyId, new JourneyStepReported("licence-income-received",
            string.Create(CultureInfo.InvariantCulture, $"Payment of {m.Amount:0.00##} {m.Currency} received on licence {m.LicenceId} on {m.PaidOn:yyyy-MM-dd}") +
            (m.OtherIncome == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $" (of which {m.OtherIncome:0.00##} fees and milestones)")),
            Sources.Licensing, $"payment {m.PaymentId}", Actors.Of(m.By, Sources.Licensing), m.RecordedAt, m.PaidOn), context.CancellationToken);
}
