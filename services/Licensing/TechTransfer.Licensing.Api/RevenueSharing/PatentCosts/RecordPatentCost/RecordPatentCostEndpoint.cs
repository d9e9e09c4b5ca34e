using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;
using TechTransfer.Licensing.Api.KnownTechnologies.Remote;
using TechTransfer.Licensing.Api.Licences;

namespace TechTransfer.Licensing.Api.RevenueSharing.PatentCosts.RecordPatentCost;

public sealed record PatentCostAccepted(Guid Id, long Version, Guid CostId);

public static class RecordPatentCostEndpoint
{
    public static void MapRecordPatentCost(this RouteGroupBuilder group) =>
        group.MapPost("/technologies/{technologyId:guid}", async Task<Ok<PatentCostAccepted>> (Guid technologyId, RecordPatentCost command, ISessionFactory sessions,
                TechnologyLookup technologies, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var costId = Guid.CreateVersion7();
                var now = clock.GetUtcNow();
                // The cost's own rules first: a bad amount is named without a round trip to Disclosures.
                var events = RecordPatentCostDecision.Decide(technologyId, command, costId, LicenceRules.Today(now), http.User.Actor(), now);
                if (await technologies.ExistingAsync(technologyId, ct) is null)
                    throw new DomainRuleViolationException("technology-is-known", $"Disclosures has no technology {technologyId}.");
                var id = StreamKeys.Ledger(technologyId);
                var written = await sessions.WriteOrStartAsync(http.Write<TechnologyLedger>(id, OnConflict.DecideAgain), _ => events, ct);
                return http.Answer(written, w => new PatentCostAccepted(w.Id, w.Version, costId));
            })
            .WithName("RecordPatentCost")
            .RequireRoles(Roles.Staff)
            .WithSummary("Record a patent cost paid for a technology (amount, currency, day, reference); policies that deduct patent costs recover it from the facility's part of later payments. Takes If-Match (0 before the first).")
            .ProducesCommandProblems()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}
