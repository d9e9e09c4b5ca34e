using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Money;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;
using TechTransfer.Licensing.Api.Licences;
using TechTransfer.Licensing.Api.RevenueSharing.Views;

namespace TechTransfer.Licensing.Api.RevenueSharing.CoOwners.RecordPayout;

public sealed record PayoutAccepted(Guid Id, long Version, Guid PayoutId);

public static class RecordPayoutEndpoint
{
    public static void MapRecordPayout(this RouteGroupBuilder group) =>
        group.MapPost("/owners/{owner}/payouts", async Task<Ok<PayoutAccepted>> (string owner, RecordPayout command, ISessionFactory sessions, IQuerySession query,
                TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var key = StreamKeys.Normalise(owner);
                var currency = Money.CurrencyCode(command.Currency ?? Money.DefaultCurrency);
                var rows = await query.Query<OwnerIncomeRow>().Where(r => r.OwnerKey == key).ToListAsync(ct);
                if (rows.Count == 0) throw new NotFoundException("Owner", owner);
                var identity = new OwnerIdentity(rows[0].Owner, rows[0].Kind);
                var owed = new Money(rows.Where(r => r.Amount.Currency == currency).Sum(r => r.Amount.Amount), currency);
                var payoutId = Guid.CreateVersion7();
                var now = clock.GetUtcNow();
                var id = StreamKeys.CoOwner(key);
                var written = await sessions.WriteOrStartAsync(http.Write<CoOwnerAccount>(id, OnConflict.DecideAgain),
                    account => RecordPayoutDecision.Decide(account, identity, owed, command with { Currency = currency }, payoutId, LicenceRules.Today(now), http.User.Actor(), now), ct);
                return http.Answer(written, w => new PayoutAccepted(w.Id, w.Version, payoutId));
            })
            .WithName("RecordPayout")
            .RequireRoles(Roles.Staff)
            .WithSummary("Record money paid out to a co-owner (amount, currency, day, reference); refused when it exceeds what the co-owner is owed and not yet paid. Takes If-Match (0 before the first payout).")
            .ProducesCommandProblems();
}
