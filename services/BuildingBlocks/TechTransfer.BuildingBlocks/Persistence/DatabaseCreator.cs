using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace TechTransfer.BuildingBlocks.Persistence;

/// <summary>
/// Creates the service's database when it does not exist yet, so a fresh server needs no manual step.
/// Waits for PostgreSQL for a while: in compose or on boot the database may start after the service.
/// </summary>
internal sealed class DatabaseCreator(string connectionString, ILogger<DatabaseCreator> logger) : IHostedService
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
                await connection.OpenAsync(cancellationToken);
                await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = $1", connection)
                {
                    Parameters = { new() { Value = target.Database } },
                };
                if (await exists.ExecuteScalarAsync(cancellationToken) is null)
                {
                    // Identifiers cannot be parameters; the name is quoted and comes from configuration.
                    await using var create = new NpgsqlCommand($"create database \"{target.Database!.Replace("\"", "\"\"")}\"", connection);
                    try { await create.ExecuteNonQueryAsync(cancellationToken); }
                    catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase) { /* another instance won */ }
                    logger.LogInformation("Created database {Database}", target.Database);
                }
                return;
            }
            catch (NpgsqlException e) when (DateTime.UtcNow < deadline && e is not PostgresException)
            {
                logger.LogWarning("PostgreSQL at {Host}:{Port} is not reachable yet ({Reason}); retrying", target.Host, target.Port, e.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
