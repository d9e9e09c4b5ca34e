using JasperFx.Events.Projections;
using TechTransfer.BuildingBlocks.Access.ApiKeys;
using TechTransfer.BuildingBlocks.Messaging;
using TechTransfer.BuildingBlocks.Messaging.Outbox;
using TechTransfer.BuildingBlocks.Persistence;
using TechTransfer.Financing.Api.Figures;
using TechTransfer.Financing.Api.Integration;
using TechTransfer.Financing.Api.Investors;
using TechTransfer.Financing.Api.Panels;
using TechTransfer.Financing.Api.Rounds;
using TechTransfer.Financing.Api.StartUps;

namespace TechTransfer.Financing.Api;

/// <summary>Investors, panels and rounds: the store, its projections, the bus, the deadline check and the endpoints.</summary>
public static class FinancingModule
{
    public static WebApplicationBuilder AddFinancing(this WebApplicationBuilder builder)
    {
        // Here, not in the building blocks: the validation generator sees only this project\'s request types.
        builder.Services.AddValidation();
        // Access: partner systems call with API keys.
        builder.AddApiKeys();
        builder.AddEventStore(opts =>
            {
                // Every read model is inline: it commits with the events, so a read after a write sees the write.
                opts.Projections.Add<InvestorProjection>(ProjectionLifecycle.Inline);
                opts.Projections.Add<RoundProjection>(ProjectionLifecycle.Inline);
                opts.Projections.Add<RoundViewsProjection>(ProjectionLifecycle.Inline);
                opts.Projections.Add<PanelProjection>(ProjectionLifecycle.Inline);

                // Lists and checks filter on indexed fields only.
                opts.Schema.For<Investor>().Duplicate(i => i.Name);
                opts.Schema.For<Round>().Duplicate(r => r.Status).Duplicate(r => r.StartUpId).Duplicate(r => r.OpenedAt);
                opts.Schema.For<CommitmentView>().Duplicate(c => c.InvestorId).Duplicate(c => c.RoundId).Duplicate(c => c.CommittedAt);
                opts.Schema.For<OpenRoundDeadline>().Duplicate(d => d.Deadline);
                opts.Schema.For<ClosedRoundFact>().Duplicate(f => f.Year).Duplicate(f => f.StartUpId);
                opts.Schema.For<KnownStartUp>();
            })
            .PublishContractEvents<FinancingContractEvents>();
        builder.AddMessageBus(bus => bus.AddConsumer<StartUpFoundedConsumer>());

        builder.Services.AddSingleton(builder.Configuration.GetSection(DeadlineCheckOptions.Section).Get<DeadlineCheckOptions>() ?? new DeadlineCheckOptions());
        builder.Services.AddHostedService<DeadlineCheck>();
        return builder;
    }

    public static WebApplication MapFinancingEndpoints(this WebApplication app)
    {
        app.MapGroup("/investors").WithTags("Investors").MapInvestors();
        app.MapGroup("/start-ups").WithTags("Start-ups").MapStartUps();
        app.MapGroup("/rounds").WithTags("Rounds").MapRounds();
        app.MapGroup("/commitments").WithTags("Commitments").MapCommitments();
        app.MapGroup("/panels").WithTags("Panels").MapPanels();
        app.MapGroup("/figures").WithTags("Figures").MapFigures();
        return app;
    }
}
