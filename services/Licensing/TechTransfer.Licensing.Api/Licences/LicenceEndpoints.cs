using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;
using TechTransfer.Licensing.Api.KnownTechnologies;
using TechTransfer.Licensing.Api.KnownTechnologies.Remote;
using TechTransfer.Licensing.Api.Licensees;
using TechTransfer.Licensing.Api.RevenueSharing;
using TechTransfer.Licensing.Api.RevenueSharing.PatentCosts;
using TechTransfer.Licensing.Api.RevenueSharing.Policies;
using TechTransfer.Licensing.Api.Royalties;

namespace TechTransfer.Licensing.Api.Licences;

/// <summary>The answer to a royalty report: the licence's new version, the report, its statement and what is due.</summary>
public sealed record ReportAccepted(Guid Id, long Version, Guid ReportId, Guid StatementId, decimal Due, string Currency);

public sealed record PaymentAccepted(Guid Id, long Version, Guid PaymentId);

public sealed record MilestoneAccepted(Guid Id, long Version, Guid StatementId);

public static class LicenceEndpoints
{
    public static void MapLicences(this RouteGroupBuilder group)
    {
        group.MapPost("/", async Task<Created<Written>> (LicenceTermsRequest command, IQuerySession query, ISessionFactory sessions, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var id = Guid.CreateVersion7();
                var licensee = command.LicenseeId is { } l ? await query.LoadAsync<Licensee>(l, ct) : null;
                var events = LicenceDecisions.Draft(id, command, licensee, http.User.Actor(), clock.GetUtcNow());
                return http.Created(await sessions.StartAsync<Licence>(id, events, ct), $"/licences/{id}");
            })
            .WithName("DraftLicence")
            .RequireRoles(Roles.Staff)
            .WithSummary("Draft a licence: technology, licensee, kind, fields of use, territory, term, upfront fee, royalty rate or tiers, minimum annual royalty, milestones, sublicensing.")
            .ProducesCommandProblems();

        group.MapGet("/{id:guid}", async Task<Ok<Licence>> (Guid id, IQuerySession session, HttpContext http, CancellationToken ct) =>
            {
                var licence = (await session.LoadAsync<Licence>(id, ct)).VisibleTo(http.User, l => l.LicenseeOrganisationId, "Licence", id);
                http.Response.SetETag(licence.Version);
                return TypedResults.Ok(licence);
            })
            .WithName("GetLicence")
            .RequireRoles(Roles.Staff, Roles.Partner)
            .WithSummary("A licence with its terms, reports and statements; its version as ETag. A licensee's system sees only its own.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/", async Task<Ok<IReadOnlyList<Licence>>> (LicenceStatus? status, Guid? technologyId, Guid? licenseeId, IQuerySession session, HttpContext http,
                CancellationToken ct) =>
            {
                var query = session.Query<Licence>().AsQueryable();
                if (http.User.LicenseeFilter() is { } own) query = query.Where(l => l.LicenseeOrganisationId == own);
                if (status is { } s) query = query.Where(l => l.Status == s);
                if (technologyId is { } t) query = query.Where(l => l.TechnologyId == t);
                if (licenseeId is { } li) query = query.Where(l => l.LicenseeId == li);
                return TypedResults.Ok<IReadOnlyList<Licence>>(await query.OrderByDescending(l => l.DraftedAt).Take(500).ToListAsync(ct));
            })
            .WithName("ListLicences")
            .RequireRoles(Roles.Staff, Roles.Partner)
            .WithSummary("Licences, newest first (at most 500), by status, technology or licensee. A licensee's system sees only its own.");

        group.MapPut("/{id:guid}/terms", async (Guid id, LicenceTermsRequest command, ISessionFactory sessions, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                http.Answer(await sessions.WriteAsync(http.Write<Licence>(id, OnConflict.DecideAgain), l => LicenceDecisions.Amend(l, command, http.User.Actor(), clock.GetUtcNow()), ct)))
            .WithName("AmendLicence")
            .RequireRoles(Roles.Staff)
            .WithSummary("Amend a draft's terms while negotiating (same technology and licensee). Takes If-Match.")
            .ProducesCommandProblems();

        group.MapPost("/{id:guid}/signature", async Task<Ok<Written>> (Guid id, SignLicence command, ISessionFactory sessions, IQuerySession query,
                TechnologyLookup technologies, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var draft = (await query.LoadAsync<Licence>(id, ct)).VisibleTo(http.User, l => l.LicenseeOrganisationId, "Licence", id);
                // The local read model first; Disclosures' API when a fact it needs has not been heard yet (503 if it cannot answer).
                var technology = draft.Status == LicenceStatus.Draft ? await technologies.ForSigningAsync(draft.TechnologyId, ct) : null;
                var statementId = Guid.CreateVersion7();
                return http.Answer(await sessions.WriteAsync(http.Write<Licence>(id, OnConflict.DecideAgain), Exclusivity.LoadAsync, (licence, exclusivity) => Exclusivity.Follow(licence,
                    LicenceDecisions.Sign(licence, command, technology, exclusivity?.Grants ?? [], http.User.Actor(), clock.GetUtcNow(), statementId)), ct));
            })
            .WithName("SignLicence")
            .RequireRoles(Roles.Staff)
            .WithSummary("Sign a draft: the technology must be marketed, its IP ownership agreed, and no signed exclusive licence may overlap (checked under concurrency). Takes If-Match.")
            .ProducesCommandProblems()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapPost("/{id:guid}/termination", async (Guid id, TerminateLicence command, ISessionFactory sessions, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                http.Answer(await sessions.WriteAsync(http.Write<Licence>(id, OnConflict.DecideAgain), Exclusivity.LoadAsync,
                    (l, _) => Exclusivity.Follow(l, LicenceDecisions.Terminate(l, command, http.User.Actor(), clock.GetUtcNow())), ct)))
            .WithName("TerminateLicence")
            .RequireRoles(Roles.Staff)
            .WithSummary("Terminate a signed licence, saying why. Takes If-Match.")
            .ProducesCommandProblems();

        group.MapPost("/{id:guid}/milestones", async Task<Ok<MilestoneAccepted>> (Guid id, RecordMilestone command, ISessionFactory sessions, TimeProvider clock,
                HttpContext http, CancellationToken ct) =>
            {
                var statementId = Guid.CreateVersion7();
                var written = await sessions.WriteAsync(http.Write<Licence>(id, OnConflict.DecideAgain), l => LicenceDecisions.ReachMilestone(l, command, http.User.Actor(), clock.GetUtcNow(), statementId), ct);
                return http.Answer(written, w => new MilestoneAccepted(w.Id, w.Version, statementId));
            })
            .WithName("RecordMilestone")
            .RequireRoles(Roles.Staff)
            .WithSummary("Record that a milestone of the licence was reached: its payment is billed on a statement. Takes If-Match.")
            .ProducesCommandProblems();

        group.MapPost("/{id:guid}/royalty-reports", async Task<Ok<ReportAccepted>> (Guid id, SubmitRoyaltyReport command, ISessionFactory sessions, IQuerySession query,
                TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                (await query.LoadAsync<Licence>(id, ct)).VisibleTo(http.User, l => l.LicenseeOrganisationId, "Licence", id);
                Guid reportId = Guid.CreateVersion7(), statementId = Guid.CreateVersion7();
                var written = await sessions.WriteAsync(http.Write<Licence>(id, OnConflict.DecideAgain), l =>
                {
                    var events = RoyaltyDecisions.SubmitReport(l, command, http.User.Actor(), clock.GetUtcNow(), reportId, statementId);
                    return Decision.Of(events, events.OfType<RoyaltyReportSubmitted>().Single().Due);
                }, ct);
                return http.Answer(written, w => new ReportAccepted(w.Id, w.Version, reportId, statementId, w.Result.Amount, w.Result.Currency));
            })
            .WithName("SubmitRoyaltyReport")
            .RequireRoles(Roles.Staff, Roles.Partner)
            .WithSummary("A licensee reports a period's net sales per territory (and sublicence income): the royalty is computed and a statement issued. A licensee's system: its own licences only. Takes If-Match.")
            .ProducesCommandProblems();

        group.MapPost("/{id:guid}/payments", async Task<Ok<PaymentAccepted>> (Guid id, RecordPayment command, ISessionFactory sessions, IQuerySession query,
                TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var licence = await query.LoadAsync<Licence>(id, ct) ?? throw new TechTransfer.BuildingBlocks.Domain.NotFoundException("Licence", id);
                var technology = await KnownTechnology.LoadAsync(query, licence.TechnologyId, ct);
                var paymentId = Guid.CreateVersion7();
                // The technology's ledger joins the payment's transaction: no two payments recover one patent cost or pass one threshold twice.
                var written = await sessions.WriteAsync(http.Write<Licence>(id, OnConflict.DecideAgain), 
                    async (l, reads, token) => (Ledger: await reads.ForWritingAsync<TechnologyLedger>(StreamKeys.Ledger(l.TechnologyId), token),
                        Policies: await reads.Documents.LoadAsync<FacilityPolicies>(StreamKeys.Policies(l.Facility ?? technology?.Facility ?? ""), token)),
                    (l, held) =>
                    {
                        var events = RoyaltyDecisions.RecordPayment(l, command, technology, held.Policies, held.Ledger, http.User.Actor(), clock.GetUtcNow(), paymentId);
                        return Decision.Of(events) with { Alongside = [new StreamAppend(StreamKeys.Ledger(l.TechnologyId), RoyaltyDecisions.LedgerEvents(id, events))] };
                    }, ct);
                return http.Answer(written, w => new PaymentAccepted(w.Id, w.Version, paymentId));
            })
            .WithName("RecordPayment")
            .RequireRoles(Roles.Staff)
            .WithSummary("Record a payment received against a statement; it is shared among the IP owners, then the facility's part under its policy in force on the day received (GET /revenue-shares/payments/{paymentId} explains it). Takes If-Match.")
            .ProducesCommandProblems();
    }
}
