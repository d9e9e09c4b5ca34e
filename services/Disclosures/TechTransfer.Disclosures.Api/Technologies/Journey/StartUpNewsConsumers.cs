using Marten;
using MassTransit;
using TechTransfer.BuildingBlocks.Messaging.Inbox;
using TechTransfer.Contracts.Incubation;

namespace TechTransfer.Disclosures.Api.Technologies.Journey;

// What Incubation says about a start-up founded on our technologies, as journey steps. Founding and product
// launch change the record itself (a transfer, the phase) and have their own consumers. A start-up may be admitted
// again after leaving an incubator: an admission's reference names the incubator and the day.

public sealed class StartUpAdmittedConsumer(ISessionFactory sessions, ILogger<StartUpAdmittedConsumer> logger)
    : IdempotentConsumer<StartUpAdmitted>(sessions, logger)
{
    protected override Task HandleAsync(StartUpAdmitted m, IDocumentSession session, ConsumeContext<StartUpAdmitted> context) =>
        session.ReportStepAsync(m.TechnologyIds, new JourneyStepReported("start-up-admitted",
            $"Start-up {m.Name} admitted to {m.IncubatorName}{(m.CohortName is null ? "" : $", cohort {m.CohortName}")} on {m.AdmittedOn:yyyy-MM-dd}",
            Sources.Incubation, $"start-up {m.StartUpId}, admission to incubator {m.IncubatorId} on {m.AdmittedOn:yyyy-MM-dd}", Actors.Of(m.By, Sources.Incubation),
            m.AdmittedAt, m.AdmittedOn), logger, context.CancellationToken);
}

public sealed class MilestoneAchievedConsumer(ISessionFactory sessions, ILogger<MilestoneAchievedConsumer> logger)
    : IdempotentConsumer<MilestoneAchieved>(sessions, logger)
{
    /// <summary>A product launch also arrives as <see cref="StartUpProductLaunched"/>, which moves the phase: one step is enough.</summary>
    public const string ProductLaunched = "product-launched";

    protected override Task HandleAsync(MilestoneAchieved m, IDocumentSession session, ConsumeContext<MilestoneAchieved> context) =>
        m.Kind == ProductLaunched
            ? Task.CompletedTask
            : session.ReportStepAsync(m.TechnologyIds, new JourneyStepReported("start-up-milestone-achieved",
                $"Start-up {m.Name} achieved \"{m.Title}\" ({m.Kind}) on {m.AchievedOn:yyyy-MM-dd}",
                Sources.Incubation, $"milestone {m.MilestoneId}", Actors.Of(m.By, Sources.Incubation), m.AchievedAt, m.AchievedOn), logger, context.CancellationToken);
}

public sealed class StartUpGraduatedConsumer(ISessionFactory sessions, ILogger<StartUpGraduatedConsumer> logger)
    : IdempotentConsumer<StartUpGraduated>(sessions, logger)
{
    protected override Task HandleAsync(StartUpGraduated m, IDocumentSession session, ConsumeContext<StartUpGraduated> context) =>
        session.ReportStepAsync(m.TechnologyIds, new JourneyStepReported("start-up-graduated",
            $"Start-up {m.Name} graduated on {m.GraduatedOn:yyyy-MM-dd}",
            Sources.Incubation, $"start-up {m.StartUpId}", Actors.Of(m.By, Sources.Incubation), m.GraduatedAt, m.GraduatedOn), logger, context.CancellationToken);
}

public sealed class StartUpFailedConsumer(ISessionFactory sessions, ILogger<StartUpFailedConsumer> logger)
    : IdempotentConsumer<StartUpFailed>(sessions, logger)
{
    protected override Task HandleAsync(StartUpFailed m, IDocumentSession session, ConsumeContext<StartUpFailed> context) =>
        session.ReportStepAsync(m.TechnologyIds, new JourneyStepReported("start-up-failed",
            $"Start-up {m.Name} failed on {m.FailedOn:yyyy-MM-dd}: {m.Reason}",
            Sources.Incubation, $"start-up {m.StartUpId}", Actors.Of(m.By, Sources.Incubation), m.FailedAt, m.FailedOn), logger, context.CancellationToken);
}

public sealed class StartUpAcquiredConsumer(ISessionFactory sessions, ILogger<StartUpAcquiredConsumer> logger)
    : IdempotentConsumer<StartUpAcquired>(sessions, logger)
{
    protected override Task HandleAsync(StartUpAcquired m, IDocumentSession session, ConsumeContext<StartUpAcquired> context) =>
        session.ReportStepAsync(m.TechnologyIds, new JourneyStepReported("start-up-acquired",
            $"Start-up {m.Name} acquired by {m.Acquirer} on {m.AcquiredOn:yyyy-MM-dd}",
            Sources.Incubation, $"start-up {m.StartUpId}", Actors.Of(m.By, Sources.Incubation), m.AcquiredAt, m.AcquiredOn), logger, context.CancellationToken);
}
