using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;

namespace TechTransfer.Disclosures.Api.Technologies.Worklists;

public static class WorklistEndpoints
{
    public static void MapWorklists(this RouteGroupBuilder group)
    {
        group.MapGet("/awaiting-assessment", async Task<Ok<IReadOnlyList<AwaitingAssessment>>> (string? facility, IQuerySession session, CancellationToken ct) =>
            {
                var query = session.Query<AwaitingAssessment>().AsQueryable();
                if (!string.IsNullOrWhiteSpace(facility)) query = query.Where(a => a.Facility == facility.Trim());
                return TypedResults.Ok(await query.OrderBy(a => a.ReceivedOn).ThenBy(a => a.DisclosedAt).Take(500).ToListAsync(ct));
            })
            .WithName("DisclosuresAwaitingAssessment")
            .RequireRoles(Roles.Staff)
            .WithSummary("Disclosures not assessed yet, the longest waiting first (by the day the form was received; at most 500).");

        group.MapGet("/patent-deadlines", async Task<Ok<IReadOnlyList<PatentDeadline>>> (int? days, IQuerySession session, TimeProvider clock, CancellationToken ct) =>
            {
                var within = days ?? 90;
                if (within is < 0 or > 3650) throw new InvalidRequestException("days", "days must be between 0 and 3650.");
                var (from, until) = PatentDeadlines.Window(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), within);
                return TypedResults.Ok(await session.Query<PatentDeadline>()
                    .Where(d => d.Due >= from && d.Due <= until).OrderBy(d => d.Due).ToListAsync(ct));
            })
            .WithName("PatentDeadlines")
            .RequireRoles(Roles.Staff)
            .WithSummary("Patent deadlines due in the next N days (default 90): 12-month priority year, PCT national phases at 30 and 31 months.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/sme-product-evidence", async Task<Ok<IReadOnlyList<SmeEvidenceToReview>>> (IQuerySession session, CancellationToken ct) =>
                TypedResults.Ok(await session.Query<SmeEvidenceToReview>().OrderBy(x => x.ReceivedAt).Take(500).ToListAsync(ct)))
            .WithName("SmeProductEvidenceToReview")
            .RequireRoles(Roles.Staff)
            .WithSummary("Sales or product-launch reports the rules could not turn into the SME-product phase, with the rule that held each back.");
    }
}
