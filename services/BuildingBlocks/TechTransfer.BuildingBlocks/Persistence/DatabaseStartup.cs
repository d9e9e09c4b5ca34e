using Marten;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace TechTransfer.BuildingBlocks.Persistence;

/// <summary>
/// Makes the service's database ready (created when missing, Marten's schema applied) in the background, for as long
/// as PostgreSQL takes to come: on boot, in compose or while it recovers ("57P03 not yet accepting connections") the
/// service starts all the same, answers /health/live, and /health/ready says what it waits for until it is done.
/// </summary>
internal sealed class DatabaseStartup(string connectionString, IDocumentStore store, ILogger<DatabaseStartup> logger) : BackgroundService, IHealthCheck
{
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(5);
    private volatile string? _waitingFor = "the database to be reached";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var pause = TimeSpan.FromMilliseconds(250);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await CreateDatabaseAsync(target, stoppingToken);
                _waitingFor = "the schema to be applied";
                await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
                _waitingFor = null;
                if (attempt > 1) logger.LogInformation("Database {Database} is ready after {Attempts} tries", target.Database, attempt);
                return;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // An outage is expected and waited out quietly; anything else (a refused login, a bad migration) is an
                // error a person must see, and is tried again all the same: it may be fixed without a restart.
                if (Outages.IsOutage(e))
                    logger.LogWarning("PostgreSQL at {Host}:{Port} is not ready ({Reason}); waiting for {What}", target.Host, target.Port,
                        e.GetBaseException().Message, _waitingFor);
                else
                    logger.LogError(e, "Preparing database {Database} failed; trying again in {Pause}", target.Database, pause);
                await Task.Delay(pause, stoppingToken);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPause.Ticks));
            }
        }
    }

    private async Task CreateDatabaseAsync(NpgsqlConnectionStringBuilder target, CancellationToken ct)
    {
        var maintenance = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = $1", connection)
        {
            Parameters = { new() { Value = target.Database } },
        };
        if (await exists.ExecuteScalarAsync(ct) is not null) return;
        // Identifiers cannot be parameters; the name is quoted and comes from configuration.
        await using var create = new NpgsqlCommand($"create database \"{target.Database!.Replace("\"", "\"\"")}\"", connection);
        try { await create.ExecuteNonQueryAsync(ct); }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase) { /* another instance won */ }
        logger.LogInformation("Created database {Database}", target.Database);
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_waitingFor is { } what ? HealthCheckResult.Unhealthy($"Waiting for {what}.") : HealthCheckResult.Healthy("The database is prepared."));
}
