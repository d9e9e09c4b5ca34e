using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Money;
using TechTransfer.BuildingBlocks.Persistence;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;
using TechTransfer.Licensing.Api.Licences;
using TechTransfer.Licensing.Api.RevenueSharing.Payments;

namespace TechTransfer.Licensing.Api.RevenueSharing.CoOwners;

/// <summary>Per currency: owed (income received), paid out, and what remains (owed − paid out).</summary>
public sealed record OwnerBalance(string Currency, decimal Owed, decimal PaidOut, decimal Remaining);

public sealed record OwnerSummary(string Owner, string Kind, IReadOnlyList<OwnerBalance> Balances);

/// <summary>
/// One owner's year: <see cref="ThisYear"/> counts what was received and paid out in the year; <see cref="AtYearEnd"/> is the balance at
/// the year's end (everything owed up to then, minus everything paid out up to then), so a share owed in December and paid in January
/// remains at the end of December. Version: the account's (If-Match of the next payout; 0 before the first).
/// </summary>
public sealed record OwnerYear(string Owner, string Kind, int Year, IReadOnlyList<OwnerBalance> ThisYear, IReadOnlyList<OwnerBalance> AtYearEnd,
    IReadOnlyList<OwnerIncomeRow> Parts, IReadOnlyList<Payout> Payouts, long Version);

public sealed record PayoutAccepted(Guid Id, long Version, Guid PayoutId);

public static class CoOwnerEndpoints
{
    public static void MapCoOwners(this RouteGroupBuilder group)
    {
        group.MapGet("/owners", async Task<Ok<IReadOnlyList<OwnerSummary>>> (IQuerySession session, CancellationToken ct) =>
            {
                var rows = await session.Query<OwnerIncomeRow>().Take(100_000).ToListAsync(ct);
                var accounts = (await session.Query<CoOwnerAccount>().Take(10_000).ToListAsync(ct)).ToDictionary(a => a.Id);
                return TypedResults.Ok<IReadOnlyList<OwnerSummary>>([.. rows.GroupBy(r => r.OwnerKey).OrderBy(g => g.Key).Select(g =>
                    new OwnerSummary(g.First().Owner, g.First().Kind, Balances(g, accounts.GetValueOrDefault(StreamKeys.CoOwner(g.Key))?.Payouts ?? [])))]);
            })
            .WithName("ListOwners")
            .RequireRoles(Roles.Staff)
            .WithSummary("Every IP owner that licence income was shared with (co-owners and the facility's own part): owed, paid out and remaining per currency.");

        group.MapGet("/owners/{owner}/years/{year:int}", async Task<Ok<OwnerYear>> (string owner, int year, IQuerySession session, HttpContext http,
                CancellationToken ct) =>
            {
                CalendarYear.Check(year);
                var key = StreamKeys.Normalise(owner);
                var rows = await session.Query<OwnerIncomeRow>().Where(r => r.OwnerKey == key && r.Year <= year).OrderBy(r => r.PaidOn).ToListAsync(ct);
                if (rows.Count == 0) throw new NotFoundException("Owner", owner);
                var account = await session.LoadAsync<CoOwnerAccount>(StreamKeys.CoOwner(key), ct);
                var payouts = account?.Payouts.Where(p => p.PaidOn.Year <= year).ToList() ?? [];
                http.Response.SetETag(account?.Version ?? 0);
                return TypedResults.Ok(new OwnerYear(rows[0].Owner, rows[0].Kind, year, Balances(rows.Where(r => r.Year == year), payouts.Where(p => p.PaidOn.Year == year)),
                    Balances(rows, payouts), [.. rows.Where(r => r.Year == year)], [.. payouts.Where(p => p.PaidOn.Year == year)], account?.Version ?? 0));
            })
            .WithName("OwnerIncome")
            .RequireRoles(Roles.Staff)
            .WithSummary("An owner's year (by name, as the IP agreement names it): each payment's part, payouts, what it was owed and paid that year, and what remains at the year's end.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

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
                    account => CoOwnerDecisions.PayOut(account, identity, owed, command with { Currency = currency }, payoutId, LicenceDecisions.Today(now), http.User.Actor(), now), ct);
                return http.Answer(written, w => new PayoutAccepted(w.Id, w.Version, payoutId));
            })
            .WithName("RecordPayout")
            .RequireRoles(Roles.Staff)
            .WithSummary("Record money paid out to a co-owner (amount, currency, day, reference); refused when it exceeds what the co-owner is owed and not yet paid. Takes If-Match (0 before the first payout).")
            .ProducesCommandProblems();
    }

    private static IReadOnlyList<OwnerBalance> Balances(IEnumerable<OwnerIncomeRow> rows, IEnumerable<Payout> payouts)
    {
        var owed = rows.GroupBy(r => r.Amount.Currency).ToDictionary(g => g.Key, g => g.Sum(r => r.Amount.Amount));
        var paid = payouts.GroupBy(p => p.Amount.Currency).ToDictionary(g => g.Key, g => g.Sum(p => p.Amount.Amount));
        return [.. owed.Keys.Union(paid.Keys).Order().Select(c => new OwnerBalance(c, owed.GetValueOrDefault(c), paid.GetValueOrDefault(c),
            owed.GetValueOrDefault(c) - paid.GetValueOrDefault(c)))];
    }
}
