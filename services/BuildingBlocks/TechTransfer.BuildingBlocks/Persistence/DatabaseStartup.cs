using Marten;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace TechTransfer.BuildingBlocks.Persistence;

/// <summary>
/// Makes the service's database ready (created when missing, Marten's schema applied) before the service takes
/// requests when PostgreSQL answers at start; when it does not (on boot, in compose, while it recovers: "57P03 not yet
/// accepting connections") the service starts all the same and keeps trying in the background: /health/live answers,
/// /health/ready says what it waits for, and requests get 503 until it is done (no request races the schema).
/// </summary>
public sealed class DatabaseStartup(string connectionString, IDocumentStore store, ILogger<DatabaseStartup> logger) : BackgroundService, IHealthCheck
{
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(5);
    private volatile string? _waitingFor = "the database to be reached";

    public bool Ready => _waitingFor is null;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await PrepareAsync(cancellationToken);
        }
        catch (Exception e) when (Outages.IsOutage(e))
        {
            logger.LogWarning("PostgreSQL is not ready at start ({Reason}); the service starts and waits for it", e.GetBaseException().Message);
        }
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pause = TimeSpan.FromMilliseconds(250);
        for (var attempt = 1; !Ready; attempt++)
        {
            var target = new NpgsqlConnectionStringBuilder(connectionString);
            try
            {
                await PrepareAsync(stoppingToken);
                logger.LogInformation("Database {Database} is ready after {Attempts} tries", target.Database, attempt);
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

    private async Task PrepareAsync(CancellationToken ct)
    {
        _waitingFor = "the database to be reached";
        await CreateDatabaseAsync(new NpgsqlConnectionStringBuilder(connectionString), ct);
        _waitingFor = "the schema to be applied";
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        _waitingFor = null;
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
