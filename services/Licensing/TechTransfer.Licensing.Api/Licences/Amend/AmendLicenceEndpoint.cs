using Marten;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;

namespace TechTransfer.Licensing.Api.Licences.Amend;

public static class AmendLicenceEndpoint
{
    public static void MapAmendLicence(this RouteGroupBuilder group) =>
        group.MapPut("/{id:guid}/terms", async (Guid id, LicenceTermsRequest command, ISessionFactory sessions, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                http.Answer(await sessions.WriteAsync(http.Write<Licence>(id, OnConflict.DecideAgain), l => AmendLicenceDecision.Decide(l, command, http.User.Actor(), clock.GetUtcNow()), ct)))
            .WithName("AmendLicence")
            .RequireRoles(Roles.Staff)
            .WithSummary("Amend a draft's terms while negotiating (same technology and licensee). Takes If-Match.")
            .ProducesCommandProblems();
}
