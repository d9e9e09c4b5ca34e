using TechTransfer.Client.Disclosures;

namespace TechTransfer.EndToEndTests.Running;

/// <summary>What the transfer office does before a technology can be transferred, through the SDK.</summary>
public static class Office
{
    public const string SecretDescription = "CONFIDENTIAL-E2E: the winding trick that makes it work";
    public const string InventorName = "Zoë Confidential-Inventor";
    public const string InventorEmail = "zoe.inventor@private.example.org";

    /// <summary>Disclosed, assessed, owned (the facility 70 %, EPFL 30 %), patented, marketed and at the prototype phase.</summary>
    public static async Task<Guid> MarketedPrototypeAsync(IDisclosuresApi staff, string facility, string title, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var id = (await staff.DiscloseTechnologyAsync(new DiscloseTechnology(title, facility, "TE-MPE", "Superconducting magnets",
            [new InventorInput(InventorName, facility, InventorEmail, 60m), new InventorInput("Yves Second", "EPFL", "yves.second@epfl.example.org", 40m)],
            SecretDescription, today.AddMonths(-8), ["cryogenics", "quench"]), ct)).Id;
        await staff.AssessTechnologyAsync(id, new AssessTechnology(AssessmentDecisions.Pursue, 4), ct: ct);
        await staff.AgreeIpOwnershipAsync(id, new AgreeIpOwnership(
            [new OwnerInput(facility, OwnerKinds.Facility, 70m), new OwnerInput("EPFL", OwnerKinds.University, 30m)], "KT-AGR-E2E"), ct: ct);
        await staff.FilePatentApplicationAsync(id, new FilePatentApplication("EP", $"EP{Random.Shared.Next(10_000_000, 99_999_999)}", ThisYear.DaysAgo(60)), ct: ct);
        await staff.PublishForMarketingAsync(id, new PublishForMarketing(title, "Detects a magnet quench within microseconds.", ["MRI", "fusion magnets"],
            ["cryogenics"]), ct: ct);
        await staff.AdvancePhaseAsync(id, new AdvancePhase(Phases.Prototype, "Prototype tested with an industrial partner"), ct: ct);
        return id;
    }
}
