using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;
using TechTransfer.Licensing.Api.KnownTechnologies.Remote;

namespace TechTransfer.Licensing.Api.Licences.Sign;

public static class SignLicenceEndpoint
{
    public static void MapSignLicence(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/signature", async Task<Ok<Written>> (Guid id, SignLicence command, ISessionFactory sessions, IQuerySession query,
                TechnologyLookup technologies, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var draft = (await query.LoadAsync<Licence>(id, ct)).VisibleTo(http.User, l => l.LicenseeOrganisationId, "Licence", id);
                // The local read model first; Disclosures' API when a fact it needs has not been heard yet (503 if it cannot answer).
                var technology = draft.Status == LicenceStatus.Draft ? await technologies.ForSigningAsync(draft.TechnologyId, ct) : null;
                var statementId = Guid.CreateVersion7();
                return http.Answer(await sessions.WriteAsync(http.Write<Licence>(id, OnConflict.DecideAgain), Exclusivity.LoadAsync, (licence, exclusivity) => Exclusivity.Follow(licence,
                    SignLicenceDecision.Decide(licence, command, technology, exclusivity?.Grants ?? [], http.User.Actor(), clock.GetUtcNow(), statementId)), ct));
            })
            .WithName("SignLicence")
            .RequireRoles(Roles.Staff)
            .WithSummary("Sign a draft: the technology must be marketed, its IP ownership agreed, and no signed exclusive licence may overlap (checked under concurrency). Takes If-Match.")
            .ProducesCommandProblems()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}
