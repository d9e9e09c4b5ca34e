using JasperFx;
using Marten;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Runtime;
using TechTransfer.BuildingBlocks.Writes;

namespace TechTransfer.Licensing.Api.Licences.Expire;

public sealed class ExpiryCheckOptions
{
    public const string Section = "Licensing:ExpiryCheck";

    /// <summary>How often signed licences are checked; a licence expires at most this long after its end date's day is over.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>
/// Expires the signed licences whose end date has passed. Scheduled on <see cref="TimeProvider"/> (tests move the
/// clock): reads signed licences by the indexed status and end date, and runs <see cref="ExpireLicenceDecision.Decide"/>
/// on each through the usual write (which also frees the technology's exclusivity). Idempotent, safe on several nodes.
/// </summary>
public sealed class ExpiryCheck(ISessionFactory sessions, IDocumentStore store, TimeProvider clock, ExpiryCheckOptions options, ILogger<ExpiryCheck> logger)
    : ScheduledCheck(options.Interval, clock, logger)
{
    protected override string Name => "The expiry check";

    /// <summary>One pass; returns how many licences expired.</summary>
    public override async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);
        IReadOnlyList<Guid> ended;
        await using (var query = store.QuerySession())
            ended = await query.Query<Licence>().Where(l => l.Status == LicenceStatus.Signed && l.EndsOn < today).OrderBy(l => l.EndsOn).Select(l => l.Id)
                .Take(500).ToListAsync(ct);

        var expired = 0;
        foreach (var id in ended)
        {
            try
            {
                var written = await sessions.WriteAsync(new StreamWrite<Licence>(id, null, OnConflict.DecideAgain), Exclusivity.LoadAsync,
                    (licence, _) => Exclusivity.Follow(licence, ExpireLicenceDecision.Decide(licence, Clock.GetUtcNow())), ct);
                if (written.Appended > 0) expired++;
            }
            catch (Exception e) when (e is NotFoundException or ConcurrencyException)
            {
                Logger.LogInformation("Licence {LicenceId} changed during the expiry check; the next pass looks again", id);
            }
        }
        if (expired > 0) Logger.LogInformation("The expiry check expired {Count} licence(s) past their end date", expired);
        return expired;
    }
}
