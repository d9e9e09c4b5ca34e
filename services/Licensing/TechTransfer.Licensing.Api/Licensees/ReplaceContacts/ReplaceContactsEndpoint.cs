using Marten;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;

namespace TechTransfer.Licensing.Api.Licensees.ReplaceContacts;

public static class ReplaceContactsEndpoint
{
    public static void MapReplaceContacts(this RouteGroupBuilder group) =>
        group.MapPut("/{id:guid}/contacts", async (Guid id, ReplaceContacts command, ISessionFactory sessions, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                http.Answer(await sessions.WriteAsync(http.Write<Licensee>(id, OnConflict.Refuse), l => ReplaceContactsDecision.Decide(l, command, http.User.Actor(), clock.GetUtcNow()), ct)))
            .WithName("ReplaceLicenseeContacts")
            .RequireRoles(Roles.Staff)
            .WithSummary("Replace a licensee's contacts. Takes If-Match.")
            .ProducesCommandProblems();
}
