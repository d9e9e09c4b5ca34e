using System.Net.Sockets;
using Npgsql;

namespace TechTransfer.BuildingBlocks.Persistence;

/// <summary>
/// What "the database or the broker is away" looks like, as opposed to a message or request that fails on its own
/// content: an outage is waited out (consumers retry for minutes, requests get 503 with Retry-After), never parked.
/// </summary>
public static class Outages
{
    public static bool IsOutage(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case AggregateException aggregate when aggregate.InnerExceptions.Any(IsOutage):
                case SocketException:
                case PostgresException p when IsServerAway(p.SqlState):
                case NpgsqlException and not PostgresException:
                // Npgsql's command or read timeout (a frozen server), however Marten wraps it: a failed rollback on the
                // broken connection ends as ObjectDisposedException(NpgsqlTransaction) around it (a 500, seen in the fault suite).
                case TimeoutException:
                case MassTransit.RabbitMqConnectionException:
                case RabbitMQ.Client.Exceptions.BrokerUnreachableException:
                case RabbitMQ.Client.Exceptions.AlreadyClosedException:
                    return true;
            }
        }
        return false;
    }

    /// <summary>Connection exceptions (08), operator intervention such as shutdown or recovery (57P), insufficient resources (53).</summary>
    private static bool IsServerAway(string sqlState) =>
        sqlState.StartsWith("08", StringComparison.Ordinal) || sqlState.StartsWith("57P", StringComparison.Ordinal) || sqlState.StartsWith("53", StringComparison.Ordinal);
}
