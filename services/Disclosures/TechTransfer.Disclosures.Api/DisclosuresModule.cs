using JasperFx.Events.Projections;
using TechTransfer.BuildingBlocks.Access.ApiKeys;
using TechTransfer.BuildingBlocks.Access.ConfidentialReads;
using TechTransfer.BuildingBlocks.Messaging;
using TechTransfer.BuildingBlocks.Messaging.Outbox;
using TechTransfer.BuildingBlocks.Persistence;
using TechTransfer.Disclosures.Api.Integration;
using TechTransfer.Disclosures.Api.Technologies;
using TechTransfer.Disclosures.Api.Technologies.Abandon;
using TechTransfer.Disclosures.Api.Technologies.AdvancePhase;
using TechTransfer.Disclosures.Api.Technologies.AgreeIpOwnership;
using TechTransfer.Disclosures.Api.Technologies.AmendInventors;
using TechTransfer.Disclosures.Api.Technologies.Assess;
using TechTransfer.Disclosures.Api.Technologies.Catalogue;
using TechTransfer.Disclosures.Api.Technologies.Disclose;
using TechTransfer.Disclosures.Api.Technologies.GetTechnology;
using TechTransfer.Disclosures.Api.Technologies.GetTechnologyFacts;
using TechTransfer.Disclosures.Api.Technologies.Journey;
using TechTransfer.Disclosures.Api.Technologies.ListTechnologies;
using TechTransfer.Disclosures.Api.Technologies.Patents;
using TechTransfer.Disclosures.Api.Technologies.PublishForMarketing;
using TechTransfer.Disclosures.Api.Technologies.RecordTransfer;
using TechTransfer.Disclosures.Api.Technologies.Scoreboard;
using TechTransfer.Disclosures.Api.Technologies.Scoreboard.Feeds;
using TechTransfer.Disclosures.Api.Technologies.Worklists;

namespace TechTransfer.Disclosures.Api;

/// <summary>Technologies and their journey: the store, its projections, the bus, and the endpoints.</summary>
public static class DisclosuresModule
{
    /// <summary>
    /// Registered up front: a store reads an event whose type it has not met yet by the .NET type name stored with it, and that
    /// name carries the namespace the event had when it was written (EventRegistrationTests holds the list complete).
    /// </summary>
    public static readonly IReadOnlyList<Type> EventTypes =
    [
        typeof(Technologies.Abandon.TechnologyAbandoned),
        typeof(Technologies.AdvancePhase.PhaseAdvanced),
        typeof(Technologies.AdvancePhase.SmeProductEvidenceHeld),
        typeof(Technologies.AgreeIpOwnership.IpOwnershipAgreed),
        typeof(Technologies.AmendInventors.InventorsAmended),
        typeof(Technologies.Assess.TechnologyAssessed),
        typeof(Technologies.Disclose.TechnologyDisclosed),
        typeof(Technologies.InventorSharesSet),
        typeof(Technologies.Journey.JourneyStepReported),
        typeof(Technologies.Patents.PatentApplicationAbandoned),
        typeof(Technologies.Patents.PatentApplicationFiled),
        typeof(Technologies.Patents.PatentGranted),
        typeof(Technologies.PublishForMarketing.TechnologyPublishedForMarketing),
        typeof(Technologies.RecordTransfer.TransferRecorded),
    ];

    public static WebApplicationBuilder AddDisclosures(this WebApplicationBuilder builder)
    {
        // Here, not in the building blocks: the validation generator sees only this project\'s request types.
        builder.Services.AddValidation();
        // Access: partner systems' API keys (issued here, the transfer office's service), and the audit of confidential reads.
        builder.AddApiKeys(issuer: true).AddConfidentialReads();
        builder.AddEventStore(opts =>
            {
                opts.Events.AddEventTypes(EventTypes);
                // Every read model is inline: it commits with the events, so a read after a write sees the write.
                opts.Projections.Add<TechnologyProjection>(ProjectionLifecycle.Inline);
                opts.Projections.Add<CatalogueProjection>(ProjectionLifecycle.Inline);
                opts.Projections.Add<JourneyProjection>(ProjectionLifecycle.Inline);
                opts.Projections.Add<WorklistProjection>(ProjectionLifecycle.Inline);
                opts.Projections.Add<ScoreboardProjection>(ProjectionLifecycle.Inline);

                // Lists filter on indexed fields only.
                opts.Schema.For<Technology>().Duplicate(t => t.Title).Duplicate(t => t.Facility).Duplicate(t => t.Phase).Duplicate(t => t.DisclosedAt);
                opts.Schema.For<CatalogueEntry>()
                    .Duplicate(e => e.Marketed)
                    .Duplicate(e => e.FacilityKey)
                    .Duplicate(e => e.FieldKey)
                    .Duplicate(e => e.Phase)
                    .Duplicate(e => e.PublishedAt)
                    .GinIndexJsonData()
                    // Free-text search over the whole entry: it holds public fields only.
                    .FullTextIndex();
                opts.Schema.For<AwaitingAssessment>().Duplicate(a => a.ReceivedOn).Duplicate(a => a.DisclosedAt).Duplicate(a => a.Facility);
                opts.Schema.For<PatentDeadline>().Duplicate(d => d.Due).Duplicate(d => d.TechnologyId).Duplicate(d => d.ApplicationId);
                opts.Schema.For<SmeEvidenceToReview>().Duplicate(x => x.TechnologyId).Duplicate(x => x.ReceivedAt);
                opts.Schema.For<ScoreboardFact>().Duplicate(f => f.Year).Duplicate(f => f.Facility).Duplicate(f => f.Measure);
                // What other services reported, for the scoreboard (Technologies/Scoreboard/Feeds).
                opts.Schema.For<LicenceFact>().Duplicate(f => f.SignedOn).Duplicate(f => f.Facility).Duplicate(f => f.ReceivedAt);
                opts.Schema.For<IncomeFact>().Duplicate(f => f.PaidOn).Duplicate(f => f.Facility).Duplicate(f => f.ReceivedAt);
                opts.Schema.For<StartUpFact>().UseOptimisticConcurrency(true).GinIndexJsonData();
                opts.Schema.For<FundingFact>().Duplicate(f => f.ClosedOn).Duplicate(f => f.ReceivedAt).GinIndexJsonData();
                opts.Schema.For<JobsFact>().Duplicate(f => f.AsOf).Duplicate(f => f.ReceivedAt).GinIndexJsonData();
                opts.Schema.For<StartUpTechnologies>();
            })
            .PublishContractEvents<DisclosuresContractEvents>();
        builder.AddMessageBus(bus =>
        {
            bus.AddConsumer<LicenceSignedConsumer>();
            bus.AddConsumer<StartUpFoundedConsumer>();
            bus.AddConsumer<FirstCommercialSalesReportedConsumer>();
            bus.AddConsumer<StartUpProductLaunchedConsumer>();
            bus.AddConsumer<RoundClosedConsumer>();
            bus.AddConsumer<RoundFailedConsumer>();
            bus.AddConsumer<StartUpAdmittedConsumer>();
            bus.AddConsumer<MilestoneAchievedConsumer>();
            bus.AddConsumer<StartUpGraduatedConsumer>();
            bus.AddConsumer<StartUpFailedConsumer>();
            bus.AddConsumer<StartUpAcquiredConsumer>();
            bus.AddConsumer<LicenceTerminatedConsumer>();
            bus.AddConsumer<RoyaltyPaidConsumer>();
            bus.AddConsumer<LicenceSignedScoreboardFeed>();
            bus.AddConsumer<RoyaltyPaidScoreboardFeed>();
            bus.AddConsumer<StartUpFoundedScoreboardFeed>();
            bus.AddConsumer<StartUpFailedScoreboardFeed>();
            bus.AddConsumer<StartUpAcquiredScoreboardFeed>();
            bus.AddConsumer<StartUpGraduatedScoreboardFeed>();
            bus.AddConsumer<StartUpJobsReportedScoreboardFeed>();
            bus.AddConsumer<RoundClosedScoreboardFeed>();
        });
        return builder;
    }

    public static WebApplication MapDisclosuresEndpoints(this WebApplication app)
    {
        app.MapApiKeys();
        var technologies = app.MapGroup("/technologies").WithTags("Technologies");
        technologies.MapDiscloseTechnology();
        technologies.MapListTechnologies();
        technologies.MapGetTechnology();
        technologies.MapGetTechnologyFacts();
        technologies.MapListConfidentialReads();
        technologies.MapAmendInventors();
        technologies.MapAssessTechnology();
        technologies.MapAgreeIpOwnership();
        technologies.MapPatents();
        technologies.MapPublishForMarketing();
        technologies.MapAdvancePhase();
        technologies.MapRecordTransfer();
        technologies.MapAbandonTechnology();
        technologies.MapGetJourney();

        app.MapGroup("/catalogue").WithTags("Catalogue").MapCatalogue();
        app.MapGroup("/worklists").WithTags("Worklists").MapWorklists();
        app.MapGroup("/scoreboard").WithTags("Scoreboard").MapScoreboard();
        return app;
    }
}
