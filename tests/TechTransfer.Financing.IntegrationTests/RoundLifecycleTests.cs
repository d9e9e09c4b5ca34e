using System.Net;
using TechTransfer.Client;
using TechTransfer.Client.Financing;
using TechTransfer.Contracts.Financing;
using TechTransfer.Contracts.Incubation;
using TechTransfer.Testing;
using TechTransfer.Testing.Hosts;

namespace TechTransfer.Financing.IntegrationTests;

/// <summary>Rounds through the API on real PostgreSQL and RabbitMQ: Incubation's start-ups in, round events out.</summary>
public sealed class RoundLifecycleTests(FinancingFixture financing) : IClassFixture<FinancingFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private IFinancingApi Financier => financing.FinancierApi;

    [Fact]
    public async Task A_round_opens_for_a_reported_start_up_takes_commitments_and_closes_publishing_its_public_private_split()
    {
        // Given a start-up Incubation reported (redelivered once), a business angel and a regional fund
        var startUp = Guid.NewGuid();
        var founded = new StartUpFounded(startUp, "Quenchless SAS", [Guid.NewGuid()], DateOnly.FromDateTime(DateTime.UtcNow), DateTimeOffset.UtcNow);
        var messageId = Guid.NewGuid();
        await financing.Incubation.PublishAsync(founded, messageId);
        await financing.Incubation.PublishAsync(founded, messageId);
        await Eventually.TrueAsync(async () => (await Attempt.Of(() => Financier.GetStartUpAsync(startUp, Ct))).Succeeded, "the start-up known");
        var angel = await financing.InvestorAsync("Ada Angel");
        var region = await financing.InvestorAsync("Haute-Savoie start-up fund", InvestorKinds.RegionalSeedFund, MoneySources.Public);

        // When a financier opens an equity round and both commit (the angel through its own partner system)
        var roundId = await financing.OpenRoundAsync(startUp);
        var opened = await financing.Probe.WaitForAsync(m => m.Message.GetProperty("roundId").GetGuid() == roundId, "RoundOpened on the broker");
        opened.Message.GetProperty("kind").GetString().ShouldBe("equity");
        opened.Message.WireDecimal("target").ShouldBe(300_000m);

        var angelSystem = financing.PartnerApi(angel);
        var first = await angelSystem.CommitAsync(roundId, new Commit(100_000m, "EUR"), ct: Ct);
        await angelSystem.WithdrawCommitmentAsync(roundId, first.CommitmentId, new WithdrawCommitment("resized"), ct: Ct);
        await angelSystem.CommitAsync(roundId, new Commit(219_000m, "EUR"), ct: Ct);
        await Financier.CommitAsync(roundId, new Commit(81_000m, "EUR", region), ct: Ct);

        // Then the round counts active commitments only, split public/private, with the seeds' leverage
        var round = (await Financier.GetRoundAsync(roundId, Ct)).Ok();
        round.Committed.Amount.ShouldBe(300_000m);
        round.PublicCommitted.Amount.ShouldBe(81_000m);
        round.PrivateCommitted.Amount.ShouldBe(219_000m);
        round.Leverage.ShouldBe(2.70m);
        round.Commitments.Count.ShouldBe(3);

        // When it closes
        await Financier.CloseRoundAsync(roundId, new CloseRound(), ct: Ct);

        // Then the amount raised leaves with its split, and the equity figures are on the round
        var closed = await financing.Probe.WaitForAsync(m => m.Message.GetProperty("roundId").GetGuid() == roundId
            && m.Message.TryGetProperty("amountRaised", out _), "RoundClosed on the broker");
        closed.Message.WireDecimal("amountRaised").ShouldBe(300_000m);
        closed.Message.WireDecimal("publicAmount").ShouldBe(81_000m);
        closed.Message.WireDecimal("privateAmount").ShouldBe(219_000m);
        closed.Message.GetProperty("currency").GetString().ShouldBe("EUR");
        closed.RawBody.ShouldContain(RoundClosed.Urn);
        round = (await Financier.GetRoundAsync(roundId, Ct)).Ok();
        round.Status.ShouldBe(RoundStatuses.Closed);
        round.PostMoneyValuation!.Amount.ShouldBe(1_500_000m);
        round.Dilution.ShouldBe(0.2m);

        // And a closed round takes no more money
        (await SdkCalls.RefusedAsync(() => Financier.CommitAsync(roundId, new Commit(1m, "EUR", region), ct: Ct), HttpStatusCode.Conflict))
            .Rule().ShouldBe("round-is-open");

        // And the angel's system sees its own commitments only, and no round or other investor
        var mine = await angelSystem.ListCommitmentsAsync(ct: Ct);
        mine.Select(c => c.InvestorId).Distinct().ShouldBe([angel]);
        mine.ShouldAllBe(c => c.RoundStatus == RoundStatuses.Closed);
        mine.Count.ShouldBe(2);
        (await angelSystem.ListCommitmentsAsync(region, ct: Ct)).Count.ShouldBe(2);
        (await angelSystem.GetRoundAsync(roundId, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await angelSystem.GetInvestorAsync(region, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await angelSystem.GetInvestorAsync(angel, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_partner_system_commits_and_withdraws_only_for_its_own_investor()
    {
        var startUp = await financing.StartUpFoundedAsync();
        var angel = await financing.InvestorAsync("Bea Angel");
        var other = await financing.InvestorAsync("Carl Angel");
        var roundId = await financing.OpenRoundAsync(startUp, Instruments.Convertible, preMoneyValuation: null);
        var others = await Financier.CommitAsync(roundId, new Commit(10_000m, "EUR", other), ct: Ct);

        var angelSystem = financing.PartnerApi(angel);
        await SdkCalls.RefusedAsync(() => angelSystem.CommitAsync(roundId, new Commit(5_000m, "EUR", other), ct: Ct), HttpStatusCode.NotFound);
        await SdkCalls.RefusedAsync(() => angelSystem.WithdrawCommitmentAsync(roundId, others.CommitmentId, new WithdrawCommitment(), ct: Ct), HttpStatusCode.NotFound);

        (await Financier.GetRoundAsync(roundId, Ct)).Ok().Committed.Amount.ShouldBe(10_000m);
    }

    [Fact]
    public async Task A_cancelled_round_takes_nothing_more()
    {
        var startUp = await financing.StartUpFoundedAsync();
        var investor = await financing.InvestorAsync("Dora Bank", InvestorKinds.Bank);
        var roundId = await financing.OpenRoundAsync(startUp, Instruments.Loan, preMoneyValuation: null);

        await Financier.CancelRoundAsync(roundId, new CancelRound("the founders left"), ct: Ct);

        (await SdkCalls.RefusedAsync(() => Financier.CommitAsync(roundId, new Commit(1_000m, "EUR", investor), ct: Ct), HttpStatusCode.Conflict))
            .Rule().ShouldBe("round-is-open");
        var round = (await Financier.GetRoundAsync(roundId, Ct)).Ok();
        round.Status.ShouldBe(RoundStatuses.Cancelled);
        round.CancellationReason.ShouldBe("the founders left");
        (await Financier.ListRoundsAsync(RoundStatuses.Cancelled, startUp, Ct)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_round_declared_failed_before_its_deadline_says_why_publishes_RoundFailed_and_takes_nothing_more()
    {
        var startUp = await financing.StartUpFoundedAsync();
        var angel = await financing.InvestorAsync("Eve Angel");
        var roundId = await financing.OpenRoundAsync(startUp);
        await Financier.CommitAsync(roundId, new Commit(50_000m, "EUR", angel), ct: Ct);

        (await SdkCalls.RefusedAsync(() => Financier.DeclareRoundFailedAsync(roundId, new DeclareRoundFailed(""), ct: Ct), HttpStatusCode.BadRequest)).ToString()
            .ShouldContain("reason", Case.Insensitive);
        await Financier.DeclareRoundFailedAsync(roundId, new DeclareRoundFailed("the lead investor pulled out"), ct: Ct);

        var failed = await financing.Probe.WaitForAsync(m => m.Message.GetProperty("roundId").GetGuid() == roundId
            && m.Message.TryGetProperty("failedAt", out _), "RoundFailed on the broker");
        failed.Message.WireDecimal("amountCommitted").ShouldBe(50_000m);
        failed.Message.GetProperty("reason").GetString().ShouldBe("the lead investor pulled out");
        failed.Message.GetProperty("by").GetString().ShouldBe("fred.financier");
        failed.RawBody.ShouldContain(RoundFailed.Urn);
        var round = (await Financier.GetRoundAsync(roundId, Ct)).Ok();
        round.Status.ShouldBe(RoundStatuses.Failed);
        round.FailureReason.ShouldBe("the lead investor pulled out");
        (await SdkCalls.RefusedAsync(() => Financier.CommitAsync(roundId, new Commit(1_000m, "EUR", angel), ct: Ct), HttpStatusCode.Conflict))
            .Rule().ShouldBe("round-is-open");
        (await Financier.ListCommitmentsAsync(roundId: roundId, ct: Ct)).ShouldAllBe(c => c.RoundStatus == RoundStatuses.Failed);

        // A round that met its minimum is closed, not declared failed; a partner system cannot declare it.
        var met = await financing.OpenRoundAsync(startUp);
        await Financier.CommitAsync(met, new Commit(130_000m, "EUR", angel), ct: Ct);
        (await SdkCalls.RefusedAsync(() => Financier.DeclareRoundFailedAsync(met, new DeclareRoundFailed("cold feet"), ct: Ct), HttpStatusCode.Conflict))
            .Rule().ShouldBe("minimum-is-not-met");
        await SdkCalls.RefusedAsync(() => financing.PartnerApi(angel).DeclareRoundFailedAsync(met, new DeclareRoundFailed("cold feet"), ct: Ct), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Bad_input_gets_ProblemDetails_naming_the_field_or_rule_and_writes_nothing()
    {
        var startUp = await financing.StartUpFoundedAsync();
        var deadline = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);

        // Raw where a field is left out (the target, the amount, the source): the SDK's requests always carry it.
        (await (await financing.Financier.PostAsync("/rounds", new { startUpId = startUp, instrument = "Equity", minimum = 1m, deadline })).ProblemAsync(400))
            .ToString().ShouldContain("Target");
        (await SdkCalls.RefusedAsync(() => Financier.OpenRoundAsync(new OpenRound(startUp, Instruments.Equity, 1m, 2m, deadline, PreMoneyValuation: 5m), Ct),
            HttpStatusCode.UnprocessableEntity)).Rule().ShouldBe("minimum-is-at-most-the-target");
        (await SdkCalls.RefusedAsync(() => Financier.OpenRoundAsync(new OpenRound(Guid.NewGuid(), Instruments.Grant, 10m, 5m, deadline), Ct),
            HttpStatusCode.UnprocessableEntity)).Rule().ShouldBe("start-up-is-known");
        (await SdkCalls.RefusedAsync(() => Financier.OpenRoundAsync(new OpenRound(startUp, Instruments.Grant, 10.001m, 5m, deadline), Ct),
            HttpStatusCode.UnprocessableEntity)).Rule().ShouldBe("amount-fits-the-currency");
        (await SdkCalls.RefusedAsync(() => Financier.OpenRoundAsync(new OpenRound(startUp, "Shares", 10m, 5m, deadline), Ct), HttpStatusCode.BadRequest))
            .GetProperty("field").GetString()!.ShouldContain("instrument", Case.Insensitive);
        (await Financier.ListRoundsAsync(startUpId: startUp, ct: Ct)).ShouldBeEmpty();

        var investor = await financing.InvestorAsync("Eve Angel");
        var roundId = await financing.OpenRoundAsync(startUp, Instruments.Grant, preMoneyValuation: null);
        (await SdkCalls.RefusedAsync(() => Financier.CommitAsync(roundId, new Commit(5_000m, "CHF", investor), ct: Ct), HttpStatusCode.UnprocessableEntity))
            .Rule().ShouldBe("commitment-in-the-round-currency");
        (await (await financing.Financier.PostAsync($"/rounds/{roundId}/commitments", new { investorId = investor, currency = "EUR" })).ProblemAsync(400))
            .ToString().ShouldContain("Amount");
        (await (await financing.Financier.PostAsync("/investors", new { name = "X", kind = "Bank" })).ProblemAsync(400)).ToString().ShouldContain("Name");
        await SdkCalls.RefusedAsync(() => Financier.CommitAsync(Guid.NewGuid(), new Commit(5m, "EUR", investor), ct: Ct), HttpStatusCode.NotFound);

        (await Financier.GetRoundAsync(roundId, Ct)).ETag().ShouldBe(ETags.For(1));
    }

    [Fact]
    public async Task A_stale_If_Match_is_refused_with_412_and_appends_nothing()
    {
        var startUp = await financing.StartUpFoundedAsync();
        var investor = await financing.InvestorAsync("Fay Angel");
        var roundId = await financing.OpenRoundAsync(startUp);
        (await Financier.CommitAsync(roundId, new Commit(1_000m, "EUR", investor), ETags.For(1), Ct)).Version.ShouldBe(2);

        await SdkCalls.RefusedAsync(() => Financier.CommitAsync(roundId, new Commit(2_000m, "EUR", investor), ETags.For(1), Ct), HttpStatusCode.PreconditionFailed);
        await SdkCalls.RefusedAsync(() => Financier.CancelRoundAsync(roundId, new CancelRound("stale view"), ETags.For(1), Ct), HttpStatusCode.PreconditionFailed);

        var read = await Financier.GetRoundAsync(roundId, Ct);
        read.ETag().ShouldBe(ETags.For(2));
        read.Ok().Committed.Amount.ShouldBe(1_000m);
    }

    [Fact]
    public async Task The_api_description_names_every_command_and_query()
    {
        var document = await financing.Host.CreateClient().GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        foreach (var operation in new[] { "RegisterInvestor", "GetInvestor", "ListInvestors", "GetStartUp", "OpenRound", "GetRound", "ListRounds", "Commit",
                     "WithdrawCommitment", "CloseRound", "CancelRound", "DeclareRoundFailed", "ListCommitments", "FormPanel", "GetPanel", "AddPanelMember", "HoldPanelSession",
                     "RecordPitch", "YearFigures", "StartUpFigures", "PanelFigures" })
            document.ShouldContain($"\"{operation}\"");
    }
}
