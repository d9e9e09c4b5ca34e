using System.Net;
using TechTransfer.Client;
using TechTransfer.Client.Financing;
using TechTransfer.Testing.Hosts;

namespace TechTransfer.Financing.IntegrationTests;

/// <summary>Financing driven through the partner SDK only: investors, rounds, a partner's commitments, panels and figures.</summary>
public sealed class FinancingSdkTests(FinancingFixture financing) : IClassFixture<FinancingFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static DateOnly On(int plusDays = 0) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(plusDays);

    private IFinancingApi Financier => financing.FinancierApi;
    private IFinancingApi PartnerOf(Guid investorId) => financing.PartnerApi(investorId);

    [Fact]
    public async Task A_round_opens_takes_commitments_from_a_partner_system_and_closes_with_its_figures()
    {
        var api = Financier;
        var startUpId = await financing.StartUpFoundedAsync("Quenchless SDK SAS");
        (await api.GetStartUpAsync(startUpId, Ct)).Name.ShouldBe("Quenchless SDK SAS");

        var agency = (await api.RegisterInvestorAsync(new RegisterInvestor("Seed Agency SDK", InvestorKinds.PublicAgency, MoneySources.Public), Ct)).Id;
        var angel = (await api.RegisterInvestorAsync(new RegisterInvestor("Angela Angel SDK", InvestorKinds.BusinessAngel, MoneySources.Private), Ct)).Id;
        var investor = await api.GetInvestorAsync(angel, Ct);
        investor.ETag().ShouldBe(ETags.For(1));
        investor.Ok().ShouldSatisfyAllConditions(i => i.Name.ShouldBe("Angela Angel SDK"), i => i.Kind.ShouldBe(InvestorKinds.BusinessAngel), i => i.Source.ShouldBe(MoneySources.Private));
        (await api.ListInvestorsAsync(Ct)).Select(i => i.Id).ShouldContain(agency);

        var opened = await api.OpenRoundAsync(new OpenRound(startUpId, Instruments.Equity, 300_000m, 130_000m, On(90), 400_000m, "EUR", 1_200_000m), Ct);
        opened.Version.ShouldBe(1);
        var roundId = opened.Id;

        // The investor's own system commits (no investor id: its key's organisation), then withdraws one commitment.
        var partner = PartnerOf(angel);
        var first = await partner.CommitAsync(roundId, new Commit(100_000m, "EUR"), ETags.For(opened.Version), Ct);
        var second = await partner.CommitAsync(roundId, new Commit(20_000.50m, "EUR"), ct: Ct);
        await partner.WithdrawCommitmentAsync(roundId, second.CommitmentId, new WithdrawCommitment("changed my mind"), ETags.For(second.Version), Ct);
        var agencyCommitment = await api.CommitAsync(roundId, new Commit(50_000m, "EUR", agency), ct: Ct);
        (await partner.ListCommitmentsAsync(ct: Ct)).Select(c => (c.Id, c.Amount, c.WithdrawnAt is null)).ShouldBe(
            [(second.CommitmentId, new Money(20_000.50m, "EUR"), false), (first.CommitmentId, new Money(100_000m, "EUR"), true)], ignoreOrder: true);
        (await api.ListCommitmentsAsync(agency, roundId, Ct)).ShouldHaveSingleItem().Id.ShouldBe(agencyCommitment.CommitmentId);

        var read = await api.GetRoundAsync(roundId, Ct);
        read.ETag().ShouldBe(ETags.For(agencyCommitment.Version));
        read.Ok().ShouldSatisfyAllConditions(
            r => r.Status.ShouldBe(RoundStatuses.Open),
            r => r.Committed.ShouldBe(new Money(150_000m, "EUR")),
            r => r.PublicCommitted.Amount.ShouldBe(50_000m),
            r => r.PrivateCommitted.Amount.ShouldBe(100_000m),
            r => r.Leverage.ShouldBe(2m),
            r => r.Cap.ShouldBe(new Money(400_000m, "EUR")),
            r => r.Commitments.Count(c => c.Active).ShouldBe(2));
        (await api.ListRoundsAsync(RoundStatuses.Open, startUpId, Ct)).ShouldHaveSingleItem().Id.ShouldBe(roundId);

        // A commitment over the cap names its rule; the round is unchanged.
        (await SdkCalls.RefusedAsync(() => api.CommitAsync(roundId, new Commit(300_000m, "EUR", agency), ct: Ct), HttpStatusCode.Conflict))
            .Rule().ShouldBe("commitments-stay-within-the-cap");

        var closed = await api.CloseRoundAsync(roundId, new CloseRound(), ETags.For(agencyCommitment.Version), Ct);
        var round = (await api.GetRoundAsync(roundId, Ct)).Ok();
        round.Version.ShouldBe(closed.Version);
        round.ShouldSatisfyAllConditions(r => r.Status.ShouldBe(RoundStatuses.Closed), r => r.ClosedOn.ShouldBe(On()), r => r.PostMoneyValuation.ShouldBe(new Money(1_350_000m, "EUR")));
        (await partner.ListCommitmentsAsync(ct: Ct)).ShouldAllBe(c => c.RoundStatus == RoundStatuses.Closed);

        var startUp = await api.GetStartUpFiguresAsync(startUpId, Ct);
        startUp.Rounds.ShouldHaveSingleItem().ShouldSatisfyAllConditions(r => r.Raised.ShouldBe(150_000m), r => r.Leverage.ShouldBe(2m), r => r.Instrument.ShouldBe(Instruments.Equity));
        var year = await api.GetYearFiguresAsync(On().Year, Ct);
        year.ByCurrency.ShouldContain(m => m.Currency == "EUR" && m.Raised >= 150_000m);
        year.RoundsByInstrument["equity"].ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task A_panel_hears_a_pitch_and_its_figures_follow_the_round_that_came_after()
    {
        var api = Financier;
        var startUpId = await financing.StartUpFoundedAsync("Pitchable SDK SAS");
        var fund = (await api.RegisterInvestorAsync(new RegisterInvestor("Regional Seed SDK", InvestorKinds.RegionalSeedFund, MoneySources.Public), Ct)).Id;
        var bank = (await api.RegisterInvestorAsync(new RegisterInvestor("Bank SDK", InvestorKinds.Bank, MoneySources.Private), Ct)).Id;

        var formed = await api.FormPanelAsync(new FormPanel("Alpine financiers SDK", [fund]), Ct);
        var added = await api.AddPanelMemberAsync(formed.Id, new AddPanelMember(bank), ETags.For(formed.Version), Ct);
        var session = await api.HoldPanelSessionAsync(formed.Id, new HoldSession(On(), "Geneva"), ETags.For(added.Version), Ct);
        var pitch = await api.RecordPitchAsync(formed.Id, session.PartId, new RecordPitch(startUpId, PitchOutcomes.Backed, "strong team"), ETags.For(session.Version), Ct);
        (await SdkCalls.RefusedAsync(() => api.AddPanelMemberAsync(formed.Id, new AddPanelMember(bank), ct: Ct), HttpStatusCode.Conflict)).Rule().ShouldBe("member-is-new");

        var read = await api.GetPanelAsync(formed.Id, Ct);
        read.ETag().ShouldBe(ETags.For(pitch.Version));
        read.Ok().ShouldSatisfyAllConditions(
            p => p.Members.ShouldBe([fund, bank]),
            p => p.Sessions.ShouldHaveSingleItem().ShouldBe(new PanelSession(session.PartId, On(), "Geneva")),
            p => p.Pitches.ShouldHaveSingleItem().ShouldSatisfyAllConditions(x => x.Id.ShouldBe(pitch.PartId), x => x.Outcome.ShouldBe(PitchOutcomes.Backed), x => x.StartUpName.ShouldBe("Pitchable SDK SAS")));

        // The start-up raises after the pitch: the panel's figures count it. A cancelled round does not count.
        var cancelled = await api.OpenRoundAsync(new OpenRound(startUpId, Instruments.Grant, 50_000m, 10_000m, On(30)), Ct);
        await api.CancelRoundAsync(cancelled.Id, new CancelRound("replaced by a loan"), ETags.For(cancelled.Version), Ct);
        (await api.GetRoundAsync(cancelled.Id, Ct)).Ok().CancellationReason.ShouldBe("replaced by a loan");
        var loan = await api.OpenRoundAsync(new OpenRound(startUpId, Instruments.Loan, 200_000m, 100_000m, On(60), Currency: "CHF"), Ct);
        await api.CommitAsync(loan.Id, new Commit(60_000m, "CHF", fund), ct: Ct);
        await api.CommitAsync(loan.Id, new Commit(120_000m, "CHF", bank), ct: Ct);
        await api.CloseRoundAsync(loan.Id, new CloseRound(On()), ct: Ct);

        var figures = await api.GetPanelFiguresAsync(formed.Id, Ct);
        figures.ShouldSatisfyAllConditions(
            f => f.Sessions.ShouldBe(1), f => f.Pitches.ShouldBe(1), f => f.Backed.ShouldBe(1), f => f.PitchSuccessRate.ShouldBe(1m),
            f => f.StartUpsPresented.ShouldBe(1), f => f.StartUpsThatRaised.ShouldBe(1), f => f.SmallestRaise.ShouldBe(180_000m));
        figures.StartUps.ShouldHaveSingleItem().ShouldSatisfyAllConditions(s => s.Raised.ShouldBe(180_000m), s => s.Currency.ShouldBe("CHF"), s => s.MonthsToRaise.ShouldBe(0));
        (await api.GetStartUpFiguresAsync(startUpId, Ct)).ByCurrency.ShouldHaveSingleItem().ShouldBe(new MoneyRaised("CHF", 1, 180_000m, 60_000m, 120_000m, 2m));
    }

    [Fact]
    public async Task A_partner_system_sees_only_its_own_investor()
    {
        var own = (await Financier.RegisterInvestorAsync(new RegisterInvestor("Own Fund SDK", InvestorKinds.VentureFund, MoneySources.Private), Ct)).Id;
        var other = (await Financier.RegisterInvestorAsync(new RegisterInvestor("Other Fund SDK", InvestorKinds.VentureFund, MoneySources.Private), Ct)).Id;
        var partner = PartnerOf(own);

        (await partner.GetInvestorAsync(own, Ct)).Ok().Name.ShouldBe("Own Fund SDK");
        (await partner.GetInvestorAsync(other, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await SdkCalls.RefusedAsync(() => partner.ListInvestorsAsync(Ct), HttpStatusCode.Forbidden);
    }
}
