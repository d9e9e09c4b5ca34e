using JasperFx.Events.Projections;
using TechTransfer.BuildingBlocks.Access.ApiKeys;
using TechTransfer.BuildingBlocks.Messaging;
using TechTransfer.BuildingBlocks.Messaging.Outbox;
using TechTransfer.BuildingBlocks.Persistence;
using TechTransfer.Financing.Api.Figures;
using TechTransfer.Financing.Api.Integration;
using TechTransfer.Financing.Api.Investors;
using TechTransfer.Financing.Api.Investors.GetInvestor;
using TechTransfer.Financing.Api.Investors.ListInvestors;
using TechTransfer.Financing.Api.Investors.Register;
using TechTransfer.Financing.Api.Panels;
using TechTransfer.Financing.Api.Panels.AddMember;
using TechTransfer.Financing.Api.Panels.Form;
using TechTransfer.Financing.Api.Panels.GetPanel;
using TechTransfer.Financing.Api.Panels.HoldSession;
using TechTransfer.Financing.Api.Panels.RecordPitch;
using TechTransfer.Financing.Api.Rounds;
using TechTransfer.Financing.Api.Rounds.Cancel;
using TechTransfer.Financing.Api.Rounds.Close;
using TechTransfer.Financing.Api.Rounds.Commit;
using TechTransfer.Financing.Api.Rounds.DeclareFailed;
using TechTransfer.Financing.Api.Rounds.FailOnDeadline;
using TechTransfer.Financing.Api.Rounds.GetRound;
using TechTransfer.Financing.Api.Rounds.ListCommitments;
using TechTransfer.Financing.Api.Rounds.ListRounds;
using TechTransfer.Financing.Api.Rounds.Open;
using TechTransfer.Financing.Api.Rounds.Views;
using TechTransfer.Financing.Api.Rounds.Withdraw;
using TechTransfer.Financing.Api.StartUps;
using TechTransfer.Financing.Api.StartUps.GetStartUp;

namespace TechTransfer.Financing.Api;

/// <summary>Investors, panels and rounds: the store, its projections, the bus, the deadline check and the endpoints.</summary>
public static class FinancingModule
{
    /// <summary>
    /// Registered up front: a store reads an event whose type it has not met yet by the .NET type name stored with it, and that
    /// name carries the namespace the event had when it was written (EventRegistrationTests holds the list complete).
    /// </summary>
    public static readonly IReadOnlyList<Type> EventTypes =
    [
        typeof(Investors.Register.InvestorRegistered),
        typeof(Panels.AddMember.PanelMemberAdded),
        typeof(Panels.Form.PanelFormed),
        typeof(Panels.HoldSession.PanelSessionHeld),
        typeof(Panels.RecordPitch.PitchRecorded),
        typeof(Rounds.Cancel.RoundCancelled),
        typeof(Rounds.Close.RoundClosed),
        typeof(Rounds.Commit.CommitmentMade),
        typeof(Rounds.Open.RoundOpened),
        typeof(Rounds.RoundFailed),
        typeof(Rounds.Withdraw.CommitmentWithdrawn),
    ];

    public static WebApplicationBuilder AddFinancing(this WebApplicationBuilder builder)
    {
        // Here, not in the building blocks: the validation generator sees only this project\'s request types.
        builder.Services.AddValidation();
        // Access: partner systems call with API keys.
        builder.AddApiKeys();
        builder.AddEventStore(opts =>
            {
                opts.Events.AddEventTypes(EventTypes);
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
        var investors = app.MapGroup("/investors").WithTags("Investors");
        investors.MapRegisterInvestor();
        investors.MapGetInvestor();
        investors.MapListInvestors();

        app.MapGroup("/start-ups").WithTags("Start-ups").MapGetStartUp();

        var rounds = app.MapGroup("/rounds").WithTags("Rounds");
        rounds.MapOpenRound();
        rounds.MapGetRound();
        rounds.MapListRounds();
        rounds.MapCommit();
        rounds.MapWithdrawCommitment();
        rounds.MapCloseRound();
        rounds.MapCancelRound();
        rounds.MapDeclareRoundFailed();

        app.MapGroup("/commitments").WithTags("Commitments").MapListCommitments();

        var panels = app.MapGroup("/panels").WithTags("Panels");
        panels.MapFormPanel();
        panels.MapGetPanel();
        panels.MapAddPanelMember();
        panels.MapHoldSession();
        panels.MapRecordPitch();

        app.MapGroup("/figures").WithTags("Figures").MapFigures();
        return app;
    }
}
