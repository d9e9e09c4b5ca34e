using JasperFx.Events.Projections;
using TechTransfer.BuildingBlocks.Access.ApiKeys;
using TechTransfer.BuildingBlocks.Http.Owners;
using TechTransfer.BuildingBlocks.Messaging;
using TechTransfer.BuildingBlocks.Messaging.Outbox;
using TechTransfer.BuildingBlocks.Persistence;
using TechTransfer.Incubation.Api.Figures;
using TechTransfer.Incubation.Api.Funding;
using TechTransfer.Incubation.Api.Incubators;
using TechTransfer.Incubation.Api.Incubators.GetIncubator;
using TechTransfer.Incubation.Api.Incubators.ListIncubators;
using TechTransfer.Incubation.Api.Incubators.OpenCohort;
using TechTransfer.Incubation.Api.Incubators.Register;
using TechTransfer.Incubation.Api.Integration;
using TechTransfer.Incubation.Api.StartUps;
using TechTransfer.Incubation.Api.StartUps.AchieveMilestone;
using TechTransfer.Incubation.Api.StartUps.Acquire;
using TechTransfer.Incubation.Api.StartUps.Admit;
using TechTransfer.Incubation.Api.StartUps.AwardLabel;
using TechTransfer.Incubation.Api.StartUps.Facts;
using TechTransfer.Incubation.Api.StartUps.Fail;
using TechTransfer.Incubation.Api.StartUps.Found;
using TechTransfer.Incubation.Api.StartUps.GetStartUp;
using TechTransfer.Incubation.Api.StartUps.GetStartUpHistory;
using TechTransfer.Incubation.Api.StartUps.Graduate;
using TechTransfer.Incubation.Api.StartUps.Leave;
using TechTransfer.Incubation.Api.StartUps.ListInvestorVisibleStartUps;
using TechTransfer.Incubation.Api.StartUps.ListStartUps;
using TechTransfer.Incubation.Api.StartUps.MissMilestone;
using TechTransfer.Incubation.Api.StartUps.PlanMilestone;
using TechTransfer.Incubation.Api.StartUps.Propose;
using TechTransfer.Incubation.Api.StartUps.ReportJobs;
using TechTransfer.Incubation.Api.Technologies;
using TechTransfer.Incubation.Api.Technologies.GetKnownTechnology;
using TechTransfer.Incubation.Api.Technologies.Remote;

namespace TechTransfer.Incubation.Api;

/// <summary>Incubators, start-ups and their figures: the store, its projections, the consumers of Disclosures' and Financing's events, and the endpoints.</summary>
public static class IncubationModule
{
    /// <summary>
    /// Registered up front: a store reads an event whose type it has not met yet by the .NET type name stored with it, and that
    /// name carries the namespace the event had when it was written (EventRegistrationTests holds the list complete).
    /// </summary>
    public static readonly IReadOnlyList<Type> EventTypes =
    [
        typeof(IncubatorRegistered), typeof(CohortOpened),
        typeof(StartUpProposed), typeof(StartUpFounded), typeof(StartUpAdmitted), typeof(StartUpLeftIncubator), typeof(MilestonePlanned),
        typeof(MilestoneAchieved), typeof(ProductLaunched), typeof(MilestoneMissed), typeof(JobsReported), typeof(LabelAwarded),
        typeof(StartUpGraduated), typeof(StartUpFailed), typeof(StartUpAcquired),
    ];

    public static WebApplicationBuilder AddIncubation(this WebApplicationBuilder builder)
    {
        // Here, not in the building blocks: the validation generator sees only this project\'s request types.
        builder.Services.AddValidation();
        // Access: partner systems call with API keys.
        builder.AddApiKeys();
        builder.AddEventStore(opts =>
            {
                opts.Events.AddEventTypes(EventTypes);

                // Every read model is inline: it commits with the events, so a read after a write sees the write.
                opts.Projections.Add<IncubatorProjection>(ProjectionLifecycle.Inline);
                opts.Projections.Add<StartUpProjection>(ProjectionLifecycle.Inline);
                opts.Projections.Add<StartUpFactsProjection>(ProjectionLifecycle.Inline);

                // Lists, access filters and figures filter on indexed fields only.
                opts.Schema.For<Incubator>().Duplicate(i => i.OrganisationId).Duplicate(i => i.Name);
                opts.Schema.For<StartUp>().Duplicate(s => s.Status).Duplicate(s => s.IncubatorId).Duplicate(s => s.CohortId)
                    .Duplicate(s => s.ProposerOrganisationId).Duplicate(s => s.IncubatorOrganisationId).Duplicate(s => s.FoundedOn).Duplicate(s => s.ProposedAt);
                opts.Schema.For<AdmissionFact>().Duplicate(a => a.CohortId).Duplicate(a => a.IncubatorId);
                opts.Schema.For<FundingRound>().Duplicate(f => f.StartUpId);
                opts.Schema.For<LabelHolding>().Duplicate(l => l.NameKey).Duplicate(l => l.ExpiresOn);
                opts.Schema.For<TechnologyDisclosure>();
                opts.Schema.For<TechnologyIpAgreement>();
            })
            .PublishContractEvents<IncubationContractEvents>();
        builder.Services.AddDisclosuresClient<IDisclosuresTechnologies>(builder.Configuration).AddScoped<TechnologyLookup>();
        builder.AddMessageBus(bus =>
        {
            bus.AddConsumer<TechnologyDisclosedConsumer>();
            bus.AddConsumer<IpOwnershipAgreedConsumer>();
            bus.AddConsumer<RoundClosedConsumer>();
        });
        return builder;
    }

    public static WebApplication MapIncubationEndpoints(this WebApplication app)
    {
        var incubators = app.MapGroup("/incubators").WithTags("Incubators");
        incubators.MapRegisterIncubator();
        incubators.MapGetIncubator();
        incubators.MapListIncubators();
        incubators.MapOpenCohort();
        incubators.MapCohortFigures();

        var startUps = app.MapGroup("/start-ups").WithTags("Start-ups");
        startUps.MapProposeStartUp();
        startUps.MapGetStartUp();
        startUps.MapGetStartUpHistory();
        startUps.MapListStartUps();
        startUps.MapListInvestorVisibleStartUps();
        startUps.MapFoundStartUp();
        startUps.MapAdmitStartUp();
        startUps.MapLeaveIncubator();
        startUps.MapPlanMilestone();
        startUps.MapAchieveMilestone();
        startUps.MapMissMilestone();
        startUps.MapReportJobs();
        startUps.MapAwardLabel();
        startUps.MapGraduate();
        startUps.MapFail();
        startUps.MapAcquire();

        app.MapGroup("/technologies").WithTags("Technologies").MapGetKnownTechnology();
        app.MapGroup("/figures").WithTags("Figures").MapFigures();
        return app;
    }
}
