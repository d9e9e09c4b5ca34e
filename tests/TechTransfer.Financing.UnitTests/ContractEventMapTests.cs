using JasperFx.Events;
using TechTransfer.Financing.Api.Integration;
using TechTransfer.Financing.Api.Rounds;
using TechTransfer.Financing.Api.Rounds.Cancel;
using TechTransfer.Financing.Api.Rounds.Close;
using TechTransfer.Financing.Api.Rounds.DeclareFailed;
using TechTransfer.Financing.Api.Rounds.FailOnDeadline;
using TechTransfer.Financing.Api.Rounds.Withdraw;
using Contract = TechTransfer.Contracts.Financing;

namespace TechTransfer.Financing.UnitTests;

public sealed class ContractEventMapTests
{
    private static readonly FinancingContractEvents Map = new();

    private static object? ToContract(object data) => Map.ToContract(new Event<object>(data) { StreamId = Given.RoundId });

    [Fact]
    public void Opened_closed_and_failed_leave_and_commitments_stay_inside()
    {
        var committed = Given.Committed(Given.Angel, 219_000m);
        var round = Given.Round(committed, Given.Committed(Given.Region, 81_000m));
        var closed = CloseRoundDecision.Decide(round, new CloseRound(), "a", Given.Now)[0];

        ToContract(committed).ShouldBeNull();
        ToContract(new CommitmentWithdrawn(committed.CommitmentId, committed.InvestorId, null, "a", Given.Now)).ShouldBeNull();
        ToContract(new RoundCancelled(Given.StartUp.Id, "why", "a", Given.Now)).ShouldBeNull();

        var opened = ToContract(Given.Opened()).ShouldBeOfType<Contract.RoundOpened>();
        opened.Kind.ShouldBe("equity");
        opened.Cap.ShouldBe(400_000m);
        opened.Currency.ShouldBe("EUR");

        var contract = ToContract(closed).ShouldBeOfType<Contract.RoundClosed>();
        contract.RoundId.ShouldBe(Given.RoundId);
        contract.StartUpId.ShouldBe(Given.StartUp.Id);
        contract.AmountRaised.ShouldBe(300_000m);
        contract.PublicAmount.ShouldBe(81_000m);
        contract.PrivateAmount.ShouldBe(219_000m);
        contract.PostMoneyValuation.ShouldBe(1_500_000m);
        contract.Dilution.ShouldBe(0.2m);
        contract.OpenedOn.ShouldBe(Given.Today.AddDays(-30));

        var failed = ToContract(FailOnDeadlineDecision.Decide(Given.Round(Given.Committed(Given.Angel, 100_000m)), Given.Now.AddYears(1))[0])
            .ShouldBeOfType<Contract.RoundFailed>();
        failed.AmountCommitted.ShouldBe(100_000m);
        failed.Minimum.ShouldBe(130_000m);
        failed.Kind.ShouldBe("equity");
        failed.By.ShouldBe(FailOnDeadlineDecision.DeadlineCheck);
        failed.Reason!.ShouldContain("below the minimum");

        var declared = ToContract(DeclareRoundFailedDecision.Decide(Given.Round(), new DeclareRoundFailed("the lead pulled out"), "fred", Given.Now)[0])
            .ShouldBeOfType<Contract.RoundFailed>();
        declared.Reason.ShouldBe("the lead pulled out");
        declared.By.ShouldBe("fred");
        // A round's end names the start-up and its technologies: consumers need no earlier message to place it.
        declared.StartUpName.ShouldBe(Given.StartUp.Name);
        declared.TechnologyIds.ShouldBe(Given.StartUp.TechnologyIds);
        contract.StartUpName.ShouldBe(Given.StartUp.Name);
        contract.TechnologyIds.ShouldBe(Given.StartUp.TechnologyIds);
    }

    [Fact]
    public void Instruments_have_kebab_case_wire_names() =>
        Enum.GetValues<Instrument>().Select(i => i.WireName()).ShouldBe(["equity", "start-up-fund", "grant", "loan", "convertible"]);
}
