using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;
using TechTransfer.Licensing.Api.KnownTechnologies;
using TechTransfer.Licensing.Api.RevenueSharing;
using TechTransfer.Licensing.Api.RevenueSharing.PatentCosts;
using TechTransfer.Licensing.Api.RevenueSharing.Policies;

namespace TechTransfer.Licensing.Api.Licences.RecordPayment;

public sealed record PaymentAccepted(Guid Id, long Version, Guid PaymentId);

public static class RecordPaymentEndpoint
{
    public static void MapRecordPayment(this RouteGroupBuilder group) =>
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
                        var events = RecordPaymentDecision.Decide(l, command, technology, held.Policies, held.Ledger, http.User.Actor(), clock.GetUtcNow(), paymentId);
                        return Decision.Of(events) with { Alongside = [new StreamAppend(StreamKeys.Ledger(l.TechnologyId), RecordPaymentDecision.LedgerEvents(id, events))] };
                    }, ct);
                return http.Answer(written, w => new PaymentAccepted(w.Id, w.Version, paymentId));
            })
            .WithName("RecordPayment")
            .RequireRoles(Roles.Staff)
            .WithSummary("Record a payment received against a statement; it is shared among the IP owners, then the facility's part under its policy in force on the day received (GET /revenue-shares/payments/{paymentId} explains it). Takes If-Match.")
            .ProducesCommandProblems();
}
