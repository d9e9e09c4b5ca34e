using JasperFx;
using Marten;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Hosting;

namespace TechTransfer.Licensing.Api.Licences;

public sealed class ExpiryCheckOptions
{
    public const string Section = "Licensing:ExpiryCheck";

    /// <summary>How often signed licences are checked; a licence expires at most this long after its end date's day is over.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>
/// Expires the signed licences whose end date has passed. Scheduled on <see cref="TimeProvider"/> (tests move the
/// clock): reads signed licences by the indexed status and end date, and runs <see cref="LicenceDecisions.ExpireIfEnded"/>
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
                var events = 0;
                await sessions.WriteAsync(id, null, licence =>
                {
                    var decided = LicenceDecisions.ExpireIfEnded(licence, Clock.GetUtcNow());
                    events = decided.Count;
                    return decided;
                }, ct);
                if (events > 0) expired++;
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
