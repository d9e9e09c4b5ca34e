using TechTransfer.Client;
using TechTransfer.Client.Licensing;

namespace TechTransfer.SampleData;

/// <summary>
/// Revenue sharing in the sample: CERN shares licence income by a dated, tiered policy (a third each to inventors, lab and office
/// since three years ago; from last year, above 20 000 € a year per technology, a quarter to the inventors and the rest to the
/// office), and the Medipix detector, licensed and co-owned 70/30 by CERN and EPFL (every odd-numbered sample is: see
/// <c>DisclosuresSteps</c>), carries patent costs that its first payments recover. Run right after each technology is disclosed,
/// before its licence, so the payments are shared under the policy and recover the costs.
/// </summary>
public sealed class RevenueSharingSteps(ILicensingApi staff, DateOnly today)
{
    public const string Facility = "CERN";
    public const string CoOwnedLicensed = "Medipix photon-counting pixel detector";

    public async Task AfterDisclosureAsync(Guid technology, SampleTechnology sample, CancellationToken ct)
    {
        await PolicyAsync(ct);
        if (sample.Title == CoOwnedLicensed)
            await PatentCostsAsync(technology, ct);
    }

    /// <summary>Adopted once: a facility that already has policies (a second run, or staff's own) is left alone.</summary>
    private async Task PolicyAsync(CancellationToken ct)
    {
        var held = await staff.GetPoliciesAsync(Facility, ct);
        if (held.IsSuccessful) return;
        if (held.StatusCode != System.Net.HttpStatusCode.NotFound) throw held.Error!;
        BeneficiaryDto[] thirds = [new("inventors", 1m), new("lab", 1m), new("office", 1m)];
        var first = await staff.AdoptPolicyAsync(Facility, new AdoptPolicyRequest(today.AddYears(-3), [new PolicyTierDto(0m, thirds)],
            Description: "A third each to the inventors, their lab and the office, after patent costs."), ETags.For(0), ct);
        await staff.AdoptPolicyAsync(Facility, new AdoptPolicyRequest(today.AddYears(-1),
            [new PolicyTierDto(0m, thirds), new PolicyTierDto(20_000m, [new("inventors", 1m), new("office", 3m)])],
            Description: "Above 20 000 € a year from one technology, a quarter to the inventors, the rest to the office."), ETags.For(first.Version), ct);
    }

    private async Task PatentCostsAsync(Guid technology, CancellationToken ct)
    {
        // The priority filing and its first annuity (the filing date in the sample is about two years back).
        var filed = await staff.RecordPatentCostAsync(technology,
            new RecordPatentCostRequest(6_500m, "EPO-FILING-MEDIPIX", "EUR", today.AddYears(-2), "European patent application: filing and search fees"), ETags.For(0), ct);
        await staff.RecordPatentCostAsync(technology,
            new RecordPatentCostRequest(1_250m, "EPO-ANNUITY-MEDIPIX-3", "EUR", today.AddMonths(-6), "Third-year renewal fee"), ETags.For(filed.Version), ct);
    }
}
