using TechTransfer.BuildingBlocks.Http;
using Marten;
using TechTransfer.BuildingBlocks.Security;

namespace TechTransfer.Disclosures.Api.Technologies.Patents;

public static class PatentEndpoints
{
    public static void MapPatents(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/patent-applications", (Guid id, FilePatentApplication command, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                session.WriteAsync(id, http, t => FilePatentApplicationDecision.Decide(t, command, http.User.Actor(), clock.GetUtcNow(), Guid.CreateVersion7()), ct))
            .WithName("FilePatentApplication")
            .RequireRoles(Roles.Staff)
            .WithSummary("Record a patent application of the technology's family (office, number, filing and priority dates). Takes If-Match.")
            .ProducesCommandProblems();

        group.MapPost("/{id:guid}/patent-applications/{applicationId:guid}/grant", (Guid id, Guid applicationId, GrantPatent command, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                session.WriteAsync(id, http, t => GrantPatentDecision.Decide(t, applicationId, command, http.User.Actor(), clock.GetUtcNow()), ct))
            .WithName("GrantPatent")
            .RequireRoles(Roles.Staff)
            .WithSummary("Record that a pending application was granted. Takes If-Match.")
            .ProducesCommandProblems();

        group.MapPost("/{id:guid}/patent-applications/{applicationId:guid}/abandonment", (Guid id, Guid applicationId, AbandonPatentApplication command, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                session.WriteAsync(id, http, t => AbandonPatentApplicationDecision.Decide(t, applicationId, command, http.User.Actor(), clock.GetUtcNow()), ct))
            .WithName("AbandonPatentApplication")
            .RequireRoles(Roles.Staff)
            .WithSummary("Record that a pending application was abandoned. Takes If-Match.")
            .ProducesCommandProblems();
    }
}
