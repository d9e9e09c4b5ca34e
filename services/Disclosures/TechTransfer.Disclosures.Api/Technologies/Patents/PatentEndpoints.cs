using Marten;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;

namespace TechTransfer.Disclosures.Api.Technologies.Patents;

public static class PatentEndpoints
{
    public static void MapPatents(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/patent-applications", async (Guid id, FilePatentApplication command, ISessionFactory sessions, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                http.Answer(await sessions.WriteAsync(http.Write<Technology>(id, OnConflict.Refuse), t => FilePatentApplicationDecision.Decide(t, command, http.User.Actor(), clock.GetUtcNow(), Guid.CreateVersion7()), ct)))
            .WithName("FilePatentApplication")
            .RequireRoles(Roles.Staff)
            .WithSummary("Record a patent application of the technology's family (office, number, filing and priority dates). Takes If-Match.")
            .ProducesCommandProblems();

        group.MapPost("/{id:guid}/patent-applications/{applicationId:guid}/grant", async (Guid id, Guid applicationId, GrantPatent command, ISessionFactory sessions, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                http.Answer(await sessions.WriteAsync(http.Write<Technology>(id, OnConflict.Refuse), t => GrantPatentDecision.Decide(t, applicationId, command, http.User.Actor(), clock.GetUtcNow()), ct)))
            .WithName("GrantPatent")
            .RequireRoles(Roles.Staff)
            .WithSummary("Record that a pending application was granted. Takes If-Match.")
            .ProducesCommandProblems();

        group.MapPost("/{id:guid}/patent-applications/{applicationId:guid}/abandonment", async (Guid id, Guid applicationId, AbandonPatentApplication command, ISessionFactory sessions, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                http.Answer(await sessions.WriteAsync(http.Write<Technology>(id, OnConflict.Refuse), t => AbandonPatentApplicationDecision.Decide(t, applicationId, command, http.User.Actor(), clock.GetUtcNow()), ct)))
            .WithName("AbandonPatentApplication")
            .RequireRoles(Roles.Staff)
            .WithSummary("Record that a pending application was abandoned. Takes If-Match.")
            .ProducesCommandProblems();
    }
}
