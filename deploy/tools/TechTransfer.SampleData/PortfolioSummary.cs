using TechTransfer.Client.Financing;
using TechTransfer.Client.Incubation;
using TechTransfer.Client.Licensing;

namespace TechTransfer.SampleData;

/// <summary>
/// What the services hold once the portfolio is loaded, counted through their own APIs (their own rules say what is
/// unpaid or late on the day): the loader prints it, the README describes it, the sample-data tests hold the two equal.
/// </summary>
public sealed record PortfolioSummary(int SignedLicences, int UnpaidStatements, int StartUps, int FailedStartUps, int LateMilestones,
    int ClosedRounds, int OpenRounds, int FailedRounds)
{
    public static async Task<PortfolioSummary> ReadAsync(ILicensingApi licensing, IIncubationApi incubation, IFinancingApi financing, CancellationToken ct)
    {
        var incubators = await incubation.ListIncubatorsAsync(ct);
        var late = 0;
        foreach (var incubator in incubators)
            foreach (var cohort in incubator.Cohorts)
                late += (await incubation.GetCohortDashboardAsync(incubator.Id, cohort.Id, ct)).LateMilestones;
        return new PortfolioSummary(
            (await licensing.ListLicencesAsync(status: "Signed", ct: ct)).Count,
            (await licensing.UnpaidStatementsAsync(ct)).Count,
            (await incubation.ListStartUpsAsync(ct: ct)).Count,
            (await incubation.ListStartUpsAsync(StartUpStatus.Failed, ct: ct)).Count,
            late,
            (await financing.ListRoundsAsync("Closed", ct: ct)).Count,
            (await financing.ListRoundsAsync("Open", ct: ct)).Count,
            (await financing.ListRoundsAsync("Failed", ct: ct)).Count);
    }

    public override string ToString() =>
        $"{SignedLicences} licences signed ({UnpaidStatements} statements unpaid), {StartUps} start-ups ({FailedStartUps} failed, {LateMilestones} milestones late), " +
        $"rounds: {ClosedRounds} closed, {OpenRounds} open, {FailedRounds} failed";
}
