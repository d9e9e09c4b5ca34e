using Microsoft.Extensions.DependencyInjection;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Client.Disclosures;
using TechTransfer.Client.Financing;
using TechTransfer.Client.Incubation;
using TechTransfer.Client.Licensing;

namespace TechTransfer.SampleData;

/// <summary>
/// Loads <see cref="Portfolio"/>: each technology, if it is not there yet, is taken through the office's steps
/// and then, for licensed ones and spin-offs, through Licensing, Incubation and Financing. A technology found
/// (same facility and title) is left alone with everything that hangs on it: a second run adds nothing.
/// </summary>
public sealed class PortfolioLoader(Func<string, string, Guid?, IServiceProvider> clients, TextWriter log)
{
    /// <summary>What the services held after the last load.</summary>
    public PortfolioSummary? Summary { get; private set; }

    /// <summary>Loads for <paramref name="today"/>, the day the services' clock says it is: every date is placed from it.</summary>
    public async Task<string> LoadAsync(DateOnly today, CancellationToken ct)
    {
        var staff = clients(Roles.Staff, "kt.office@techtransfer.example", null);
        var disclosures = new DisclosuresSteps(staff.GetRequiredService<IDisclosuresApi>(), today);
        var licensing = new LicensingSteps(staff.GetRequiredService<ILicensingApi>(), today);
        var incubation = new IncubationSteps(staff.GetRequiredService<IIncubationApi>(), staff.GetRequiredService<IFinancingApi>(), today);
        int loaded = 0, present = 0;
        for (var i = 0; i < Portfolio.Technologies.Count; i++)
        {
            var sample = Portfolio.Technologies[i];
            if (await disclosures.FindAsync(sample, ct) is not null)
            {
                present++;
                continue;
            }
            var id = await disclosures.TakeAsync(sample, i, ct);
            await new RevenueSharingSteps(staff.GetRequiredService<ILicensingApi>(), today).AfterDisclosureAsync(id, sample, ct);
            switch (sample.Stage)
            {
                case Stage.Licensed: await licensing.LicenseAsync(id, sample, i, ct); break;
                case Stage.SpinOff: await incubation.SpinOffAsync(id, sample, i, ct); break;
                case Stage.Marketed: await licensing.InterestAsync(id, i, ct); break;
            }
            log.WriteLine($"  {sample.Facility,-5} {sample.Stage,-10} {sample.Title}");
            loaded++;
        }
        var summary = await PortfolioSummary.ReadAsync(staff.GetRequiredService<ILicensingApi>(), staff.GetRequiredService<IIncubationApi>(),
            staff.GetRequiredService<IFinancingApi>(), ct);
        Summary = summary;
        return $"Sample data: {loaded} technologies loaded, {present} already there; {summary}.";
    }
}
