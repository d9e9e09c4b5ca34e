using JasperFx.Events.Projections;
using TechTransfer.BuildingBlocks.Access.ApiKeys;
using TechTransfer.BuildingBlocks.Http.Owners;
using TechTransfer.BuildingBlocks.Messaging;
using TechTransfer.BuildingBlocks.Messaging.Outbox;
using TechTransfer.BuildingBlocks.Persistence;
using TechTransfer.Licensing.Api.Figures;
using TechTransfer.Licensing.Api.Integration;
using TechTransfer.Licensing.Api.Interests;
using TechTransfer.Licensing.Api.Interests.GetInterest;
using TechTransfer.Licensing.Api.Interests.ListInterests;
using TechTransfer.Licensing.Api.Interests.Move;
using TechTransfer.Licensing.Api.Interests.Register;
using TechTransfer.Licensing.Api.KnownTechnologies;
using TechTransfer.Licensing.Api.KnownTechnologies.GetKnownTechnology;
using TechTransfer.Licensing.Api.KnownTechnologies.Remote;
using TechTransfer.Licensing.Api.Licences;
using TechTransfer.Licensing.Api.Licences.Amend;
using TechTransfer.Licensing.Api.Licences.Draft;
using TechTransfer.Licensing.Api.Licences.Expire;
using TechTransfer.Licensing.Api.Licences.GetLicence;
using TechTransfer.Licensing.Api.Licences.ListLicences;
using TechTransfer.Licensing.Api.Licences.ListStatements;
using TechTransfer.Licensing.Api.Licences.RecordMilestone;
using TechTransfer.Licensing.Api.Licences.RecordPayment;
using TechTransfer.Licensing.Api.Licences.ReportingSchedule;
using TechTransfer.Licensing.Api.Licences.Sign;
using TechTransfer.Licensing.Api.Licences.SubmitRoyaltyReport;
using TechTransfer.Licensing.Api.Licences.Terminate;
using TechTransfer.Licensing.Api.Licences.Views;
using TechTransfer.Licensing.Api.Licensees;
using TechTransfer.Licensing.Api.Licensees.GetLicensee;
using TechTransfer.Licensing.Api.Licensees.ListLicensees;
using TechTransfer.Licensing.Api.Licensees.Register;
using TechTransfer.Licensing.Api.Licensees.ReplaceContacts;
using TechTransfer.Licensing.Api.RevenueSharing.CoOwners;
using TechTransfer.Licensing.Api.RevenueSharing.CoOwners.GetOwnerIncome;
using TechTransfer.Licensing.Api.RevenueSharing.CoOwners.ListOwners;
using TechTransfer.Licensing.Api.RevenueSharing.CoOwners.RecordPayout;
using TechTransfer.Licensing.Api.RevenueSharing.GetInventorIncome;
using TechTransfer.Licensing.Api.RevenueSharing.GetPaymentShare;
using TechTransfer.Licensing.Api.RevenueSharing.PatentCosts;
using TechTransfer.Licensing.Api.RevenueSharing.PatentCosts.GetPatentCosts;
using TechTransfer.Licensing.Api.RevenueSharing.PatentCosts.RecordPatentCost;
using TechTransfer.Licensing.Api.RevenueSharing.Policies;
using TechTransfer.Licensing.Api.RevenueSharing.Policies.Adopt;
using TechTransfer.Licensing.Api.RevenueSharing.Policies.GetPolicies;
using TechTransfer.Licensing.Api.RevenueSharing.Policies.GetPolicyInForce;
using TechTransfer.Licensing.Api.RevenueSharing.Policies.ListPolicies;
using TechTransfer.Licensing.Api.RevenueSharing.Views;
using TechTransfer.Licensing.Api.Worklists;

namespace TechTransfer.Licensing.Api;

/// <summary>Licensing: its store and projections, the bus with its consumers, the Disclosures client, the expiry check and the endpoints.</summary>
public static class LicensingModule
{
    /// <summary>
    /// Registered up front: a store reads an event whose type it has not met yet by the .NET type name stored with it, and that
    /// name carries the namespace the event had when it was written (EventRegistrationTests holds the list complete).
    /// </summary>
    public static readonly IReadOnlyList<Type> EventTypes =
    [
        typeof(Interests.Move.InterestMoved),
        typeof(Interests.Register.InterestRegistered),
        typeof(Licences.Amend.LicenceAmended),
        typeof(Licences.Draft.LicenceDrafted),
        typeof(Licences.ExclusiveLicenceGranted),
        typeof(Licences.ExclusiveLicenceReleased),
        typeof(Licences.Expire.LicenceExpired),
        typeof(Licences.RecordMilestone.MilestoneReached),
        typeof(Licences.RecordPayment.FacilityIncomeShared),
        typeof(Licences.RecordPayment.PaymentRecorded),
        typeof(Licences.RecordPayment.RevenueShared),
        typeof(Licences.Sign.LicenceSigned),
        typeof(Licences.StatementIssued),
        typeof(Licences.SubmitRoyaltyReport.FirstSalesReported),
        typeof(Licences.SubmitRoyaltyReport.RoyaltyReportSubmitted),
        typeof(Licences.Terminate.LicenceTerminated),
        typeof(Licensees.Register.LicenseeRegistered),
        typeof(Licensees.ReplaceContacts.LicenseeContactsReplaced),
        typeof(RevenueSharing.CoOwners.RecordPayout.CoOwnerPaidOut),
        typeof(RevenueSharing.PatentCosts.RecordPatentCost.PatentCostRecorded),
        typeof(RevenueSharing.Policies.Adopt.RevenueSharingPolicyAdopted),
    ];

    public static WebApplicationBuilder AddLicensing(this WebApplicationBuilder builder)
    {
        // Here, not in the building blocks: the validation generator sees only this project\'s request types.
        builder.Services.AddValidation();
        // Access: partner systems call with API keys.
        builder.AddApiKeys();
        builder.AddEventStore(opts =>
            {
                opts.Events.AddEventTypes(EventTypes);
                // Every read model is inline: it commits with the events, so a read after a write sees the write.
                opts.Projections.Add<LicenseeProjection>(ProjectionLifecycle.Inline);
                opts.Projections.Add<InterestProjection>(ProjectionLifecycle.Inline);
                opts.Projections.Add<LicenceProjection>(ProjectionLifecycle.Inline);
                opts.Projections.Add<TechnologyExclusivityProjection>(ProjectionLifecycle.Inline);
                opts.Projections.Add<LicenceViewsProjection>(ProjectionLifecycle.Inline);
                opts.Projections.Add<RevenueShareViewsProjection>(ProjectionLifecycle.Inline);
                opts.Projections.Add<FacilityPoliciesProjection>(ProjectionLifecycle.Inline);
                opts.Projections.Add<TechnologyLedgerProjection>(ProjectionLifecycle.Inline);
                opts.Projections.Add<CoOwnerAccountProjection>(ProjectionLifecycle.Inline);

                // Lists, checks and figures filter on indexed fields only.
                opts.Schema.For<Licensee>().Duplicate(l => l.Name).Duplicate(l => l.OrganisationId);
                opts.Schema.For<Interest>().Duplicate(i => i.Stage).Duplicate(i => i.TechnologyId).Duplicate(i => i.OrganisationId).Duplicate(i => i.RegisteredAt);
                opts.Schema.For<Licence>().Duplicate(l => l.Status).Duplicate(l => l.TechnologyId).Duplicate(l => l.LicenseeId)
                    .Duplicate(l => l.LicenseeOrganisationId).Duplicate(l => l.EndsOn).Duplicate(l => l.DraftedAt);
                opts.Schema.For<StatementView>().Duplicate(s => s.LicenseeOrganisationId).Duplicate(s => s.LicenceId).Duplicate(s => s.Settled).Duplicate(s => s.DueOn);
                opts.Schema.For<LicenceFact>().Duplicate(f => f.Year).Duplicate(f => f.Facility);
                opts.Schema.For<IncomeFact>().Duplicate(f => f.Year).Duplicate(f => f.Facility);
                opts.Schema.For<InventorIncomeRow>().Duplicate(r => r.InventorId).Duplicate(r => r.Year);
                opts.Schema.For<OwnerIncomeRow>().Duplicate(r => r.OwnerKey).Duplicate(r => r.Year);
                opts.Schema.For<FacilityPolicies>().Duplicate(p => p.Facility);
                opts.Schema.For<TechnologyDisclosedFact>();
                // Newest-wins facts: version-checked, so concurrent reports never overwrite a newer one.
                opts.Schema.For<TechnologyMarketedFact>().UseOptimisticConcurrency(true);
                opts.Schema.For<TechnologyOwnershipFact>().UseOptimisticConcurrency(true);
                opts.Schema.For<TechnologyInventorsFact>().UseOptimisticConcurrency(true);
                opts.Schema.For<TechnologyAbandonedFact>();
            })
            .PublishContractEvents<LicensingContractEvents>();
        builder.AddMessageBus(bus =>
        {
            bus.AddConsumer<TechnologyDisclosedConsumer>();
            bus.AddConsumer<TechnologyPublishedForMarketingConsumer>();
            bus.AddConsumer<IpOwnershipAgreedConsumer>();
            bus.AddConsumer<InventorSharesSetConsumer>();
            bus.AddConsumer<TechnologyAbandonedConsumer>();
        });
        builder.Services.AddDisclosuresClient<IDisclosuresTechnologies>(builder.Configuration).AddScoped<TechnologyLookup>();

        builder.Services.AddSingleton(builder.Configuration.GetSection(ExpiryCheckOptions.Section).Get<ExpiryCheckOptions>() ?? new ExpiryCheckOptions());
        builder.Services.AddSingleton<ExpiryCheck>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ExpiryCheck>());
        return builder;
    }

    public static WebApplication MapLicensingEndpoints(this WebApplication app)
    {
        app.MapGroup("/known-technologies").WithTags("Known technologies").MapGetKnownTechnology();

        var licensees = app.MapGroup("/licensees").WithTags("Licensees");
        licensees.MapRegisterLicensee();
        licensees.MapGetLicensee();
        licensees.MapListLicensees();
        licensees.MapReplaceContacts();

        var interests = app.MapGroup("/interests").WithTags("Expressions of interest");
        interests.MapRegisterInterest();
        interests.MapGetInterest();
        interests.MapListInterests();
        interests.MapMoveInterest();

        var licences = app.MapGroup("/licences").WithTags("Licences");
        licences.MapDraftLicence();
        licences.MapGetLicence();
        licences.MapListLicences();
        licences.MapAmendLicence();
        licences.MapSignLicence();
        licences.MapTerminateLicence();
        licences.MapRecordMilestone();
        licences.MapSubmitRoyaltyReport();
        licences.MapRecordPayment();
        licences.MapReportingSchedule();

        app.MapGroup("/statements").WithTags("Statements").MapListStatements();
        app.MapGroup("/worklists").WithTags("Worklists").MapWorklists();

        // Staff only: who is owed what is the office's business.
        var revenueShares = app.MapGroup("/revenue-shares").WithTags("Revenue sharing");
        revenueShares.MapGetInventorIncome();
        revenueShares.MapGetPaymentShare();
        revenueShares.MapListOwners();
        revenueShares.MapGetOwnerIncome();
        revenueShares.MapRecordPayout();
        revenueShares.MapListPolicies();
        revenueShares.MapGetPolicies();
        revenueShares.MapGetPolicyInForce();
        revenueShares.MapAdoptPolicy();

        var patentCosts = app.MapGroup("/patent-costs").WithTags("Patent costs");
        patentCosts.MapGetPatentCosts();
        patentCosts.MapRecordPatentCost();

        app.MapGroup("/figures").WithTags("Figures").MapFigures();
        return app;
    }
}
