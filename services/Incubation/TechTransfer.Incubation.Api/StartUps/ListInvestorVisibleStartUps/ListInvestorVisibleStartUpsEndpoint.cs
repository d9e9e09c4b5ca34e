using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Incubation.Api.Funding;
using TechTransfer.Incubation.Api.StartUps.Facts;

namespace TechTransfer.Incubation.Api.StartUps.ListInvestorVisibleStartUps;

public static class ListInvestorVisibleStartUpsEndpoint
{
    /// <summary>The label that makes a start-up visible to private investors (the seeds' French clusters).</summary>
    public const string InvestorVisibilityLabel = "Innovative Cluster Company";

    public static void MapListInvestorVisibleStartUps(this RouteGroupBuilder group) =>
        group.MapGet("/visible-to-investors", async Task<Ok<IReadOnlyList<InvestorVisibleStartUp>>> (IQuerySession session, TimeProvider clock, CancellationToken ct) =>
            {
                var today = StartUpRules.Today(clock.GetUtcNow());
                var key = LabelHolding.KeyOf(InvestorVisibilityLabel);
                var ids = (await session.Query<LabelHolding>().Where(l => l.NameKey == key && l.AwardedOn <= today && l.ExpiresOn >= today)
                    .Select(l => l.StartUpId).Take(1000).ToListAsync(ct)).Distinct().ToArray();
                var startUps = ids.Length == 0 ? [] : await session.WithFundingAsync(await session.LoadManyAsync<StartUp>(ct, ids), ct);
                return TypedResults.Ok<IReadOnlyList<InvestorVisibleStartUp>>(
                    [.. startUps.Where(s => s.AliveOn(today)).OrderBy(s => s.Name).Select(s => ForInvestors(s, today))]);
            })
            .WithName("ListInvestorVisibleStartUps")
            .RequireRoles(Roles.Staff, Roles.Financier)
            .WithSummary("Start-ups holding the \"Innovative Cluster Company\" label today, as private investors see them (read-only; no founders or equity).");

    private static InvestorVisibleStartUp ForInvestors(StartUp s, DateOnly today) =>
        new(s.Id, s.Name, s.Status, s.FoundedOn, s.Technologies, s.CurrentAdmission?.IncubatorName, [.. s.Labels.Where(l => l.HeldOn(today))], s.Funding, s.LatestJobs);
}
