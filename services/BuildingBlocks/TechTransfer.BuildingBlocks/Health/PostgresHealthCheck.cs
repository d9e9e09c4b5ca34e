using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace TechTransfer.BuildingBlocks.Health;

/// <summary>Ready only when the service's own database answers a query.</summary>
public sealed class PostgresHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            await using var command = dataSource.CreateCommand("select 1");
            await command.ExecuteScalarAsync(timeout.Token);
            return HealthCheckResult.Healthy("PostgreSQL answers.");
        }
        catch (Exception ex) when (ex is NpgsqlException or OperationCanceledException or System.Net.Sockets.SocketException)
        {
            // The reason goes to the logs through the health-check middleware, not to anonymous callers.
            return HealthCheckResult.Unhealthy("PostgreSQL does not answer.", ex);
        }
    }
}
