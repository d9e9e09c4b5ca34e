using System.Text.Json;
using JasperFx.Events;
using TechTransfer.Disclosures.Api.Integration;
using TechTransfer.Disclosures.Api.Technologies;
using TechTransfer.Disclosures.Api.Technologies.AdvancePhase;
using TechTransfer.Disclosures.Api.Technologies.Patents;
using TechTransfer.Disclosures.Api.Technologies.PublishForMarketing;
using Contract = TechTransfer.Contracts.Disclosures;

namespace TechTransfer.Disclosures.UnitTests;

/// <summary>What leaves the service: the right contract for each event, and no confidential field in any.</summary>
public sealed class ContractEventMapTests
{
    private static readonly DisclosuresContractEvents Map = new();

    public static TheoryData<string> ConfidentialValues() => [Given.Description, Given.Ada.Name, Given.Ada.Email, Given.Bob.Name, Given.Bob.Email, "promising"];

    private static IEnumerable<object> Stream() =>
    [
        Given.Disclosed, InventorSharesSet.From([Given.Ada, Given.Bob], Given.Now), Given.Assessed(), Given.OwnershipAgreed,
        new PatentApplicationFiled(Guid.NewGuid(), "EP", "EP1", Given.Today, Given.Today, "staff-1", Given.Now),
        new TechnologyPublishedForMarketing("Fast quench protection", "Public summary", ["MRI"], ["cryogenics"], "CERN", "Magnets", Phase.FacilityRnD, "staff-1", Given.Now),
        new PhaseAdvanced(Phase.FacilityRnD, Phase.Prototype, "confidential evidence", Sources.Disclosures, "staff-1", Given.Now),
        Given.TransferRecorded(),
        new TechTransfer.Disclosures.Api.Technologies.Abandon.TechnologyAbandoned("secret reason", "staff-1", Given.Now),
    ];

    private static object? ToContract(object data) => Map.ToContract(new Event<object>(data) { StreamId = Given.TechnologyId });

    [Fact]
    public void Each_public_fact_maps_to_its_contract_and_internal_ones_stay_inside()
    {
        Stream().Select(e => ToContract(e)?.GetType()).ShouldBe(
        [
            typeof(Contract.TechnologyDisclosed), typeof(Contract.InventorSharesSet), null, typeof(Contract.IpOwnershipAgreed), null,
            typeof(Contract.TechnologyPublishedForMarketing), typeof(Contract.TechnologyPhaseAdvanced), typeof(Contract.TechnologyTransferRecorded),
            typeof(Contract.TechnologyAbandoned),
        ]);
    }

    [Theory]
    [MemberData(nameof(ConfidentialValues))]
    public void No_contract_carries_confidential_data(string confidential)
    {
        foreach (var contract in Stream().Select(ToContract).OfType<object>())
            JsonSerializer.Serialize(contract, contract.GetType()).ShouldNotContain(confidential, Case.Insensitive, contract.GetType().Name);
    }

    [Fact]
    public void Inventor_shares_leave_by_inventor_id_and_share_only()
    {
        var shares = ToContract(InventorSharesSet.From([Given.Ada, Given.Bob], Given.Now)).ShouldBeOfType<Contract.InventorSharesSet>();
        shares.Shares.ShouldBe([new Contract.InventorShare(Given.Ada.InventorId, 60m), new Contract.InventorShare(Given.Bob.InventorId, 40m)]);
        shares.TechnologyId.ShouldBe(Given.TechnologyId);
    }
}
