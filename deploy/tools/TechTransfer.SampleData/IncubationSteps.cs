using TechTransfer.Client.Financing;
using TechTransfer.Client.Incubation;

namespace TechTransfer.SampleData;

/// <summary>
/// A spin-off on a sample technology: proposed, founded, admitted to one of two incubators' cohorts, with
/// milestones (the product launch moves the technology to phase 3), head counts and a label; funded by a
/// closed round in Financing. Incubators, cohorts and investors are found by name or created once.
/// </summary>
public sealed class IncubationSteps(IIncubationApi staff, IFinancingApi financing, DateOnly today)
{
    private static readonly (string Name, string Region, IncubatorKind Kind, Guid Organisation)[] Incubators =
    [
        ("InnoGEX", "Pays de Gex (FR)", IncubatorKind.Incubator, new Guid("0195f3a0-0000-7000-8000-00000000a001")),
        ("Culham Innovation Centre", "Oxfordshire (UK)", IncubatorKind.SciencePark, new Guid("0195f3a0-0000-7000-8000-00000000a002")),
    ];

    private static readonly (string Name, string Kind, string Source)[] Investors =
    [
        ("Fonds Haute-Savoie Amorçage", InvestorKinds.RegionalSeedFund, MoneySources.Public),
        ("Innosuisse", InvestorKinds.PublicAgency, MoneySources.Public),
        ("Business Angels Léman", InvestorKinds.BusinessAngel, MoneySources.Private),
        ("Alpine Deep Tech Ventures", InvestorKinds.VentureFund, MoneySources.Private),
    ];

    public async Task SpinOffAsync(Guid technology, SampleTechnology sample, int index, CancellationToken ct)
    {
        var (incubator, cohort) = await IncubatorAsync(Incubators[index % 2], ct);
        var startUp = (await staff.ProposeStartUpAsync(new ProposeStartUp(sample.StartUp!, [$"{sample.Lab} engineer", "Serial entrepreneur"], [technology],
            5m + index % 3 * 5m, incubator), ct)).Id;
        var foundedOn = today.AddMonths(-10).AddDays(index);
        // Founded right after the IP agreement: Incubation asks Disclosures about what it has not heard over the bus yet.
        await staff.FoundStartUpAsync(startUp, new FoundStartUp($"CHE-{100 + index}.{200 + index}.{300 + index}", foundedOn), ct: ct);
        await staff.AdmitStartUpAsync(startUp, new AdmitStartUp(incubator, cohort, foundedOn.AddDays(10)), ct: ct);

        var prototype = await staff.PlanMilestoneAsync(startUp, new PlanMilestone(MilestoneKind.PrototypeBuilt, foundedOn.AddMonths(3)), ct: ct);
        await staff.AchieveMilestoneAsync(startUp, prototype.PartId, new AchieveMilestone("Prototype demonstrated to three customers", foundedOn.AddMonths(3)), ct: ct);
        await staff.PlanMilestoneAsync(startUp, new PlanMilestone(MilestoneKind.FirstRevenue, today.AddDays(-15)), ct: ct); // now late: on the dashboard
        if (index % 2 == 0)
        {
            var launch = await staff.PlanMilestoneAsync(startUp, new PlanMilestone(MilestoneKind.ProductLaunched, today.AddMonths(1), $"{sample.StartUp} first product"), ct: ct);
            await staff.AchieveMilestoneAsync(startUp, launch.PartId, new AchieveMilestone("Launched at the trade fair; first orders", today.AddDays(-5)), ct: ct);
        }
        await staff.ReportJobsAsync(startUp, new ReportJobs(3, 3, foundedOn.AddDays(30)), ct: ct);
        await staff.ReportJobsAsync(startUp, new ReportJobs(6 + index % 5, 4, today.AddDays(-1)), ct: ct);
        await staff.AwardLabelAsync(startUp, new AwardLabel("Innovative Cluster Company", today.AddYears(2), foundedOn.AddMonths(2), "Arve Industries cluster"), ct: ct);

        await FundAsync(startUp, index, ct);
        if (index % 4 == 3)
            await staff.FailAsync(startUp, new Fail("Could not raise a second round", today.AddDays(-3)), ct: ct);
    }

    /// <summary>
    /// A closed seed round (public and private money), and for every other start-up a second round: still open, or
    /// failed when its lead investor pulled out (that start-up fails afterwards).
    /// </summary>
    private async Task FundAsync(Guid startUp, int index, CancellationToken ct)
    {
        var investors = await InvestorsAsync(ct);
        var round = (await Settle.RetryAsync(() => financing.OpenRoundAsync(new OpenRound(startUp, Instruments.StartUpFund, 300_000m, 150_000m,
            today.AddDays(45), Currency: "EUR"), ct), ct)).Id;
        await financing.CommitAsync(round, new Commit(60_000m + 10_000m * (index % 3), "EUR", investors[index % 2]), ct: ct);
        await financing.CommitAsync(round, new Commit(150_000m + 20_000m * (index % 4), "EUR", investors[2 + index % 2]), ct: ct);
        await financing.CloseRoundAsync(round, new CloseRound(), ct: ct);
        if (index % 2 == 1)
        {
            var next = (await financing.OpenRoundAsync(new OpenRound(startUp, Instruments.Equity, 1_500_000m, 800_000m, today.AddDays(90), Currency: "EUR",
                PreMoneyValuation: 4_000_000m), ct)).Id;
            await financing.CommitAsync(next, new Commit(250_000m, "EUR", investors[3]), ct: ct);
            if (index % 4 == 3)
                await financing.DeclareRoundFailedAsync(next, new DeclareRoundFailed("The lead investor pulled out; the minimum cannot be met"), ct: ct);
        }
    }

    private async Task<(Guid Incubator, Guid Cohort)> IncubatorAsync((string Name, string Region, IncubatorKind Kind, Guid Organisation) wanted, CancellationToken ct)
    {
        var cohortName = $"{today.AddYears(-1).Year}–{today.Year}";
        var incubator = (await staff.ListIncubatorsAsync(ct)).FirstOrDefault(i => i.Name == wanted.Name)
            ?? await staff.GetIncubatorAsync((await staff.RegisterIncubatorAsync(new RegisterIncubator(wanted.Name, wanted.Region, wanted.Kind, wanted.Organisation), ct)).Id, ct);
        var cohort = incubator.Cohorts.FirstOrDefault(c => c.Name == cohortName)?.Id
            ?? (await staff.OpenCohortAsync(incubator.Id, new OpenCohort(cohortName, today.AddYears(-1), today.AddMonths(6)), ct: ct)).PartId;
        return (incubator.Id, cohort);
    }

    private async Task<IReadOnlyList<Guid>> InvestorsAsync(CancellationToken ct)
    {
        var known = await financing.ListInvestorsAsync(ct);
        var ids = new List<Guid>();
        foreach (var (name, kind, source) in Investors)
            ids.Add(known.FirstOrDefault(i => i.Name == name)?.Id ?? (await financing.RegisterInvestorAsync(new RegisterInvestor(name, kind, source), ct)).Id);
        return ids;
    }
}
