using System.Data.Common;
using Npgsql;

namespace TechTransfer.BuildingBlocks.Persistence;

/// <summary>
/// The Npgsql settings that bound every call to PostgreSQL, set in code because Npgsql's defaults let a frozen server (a
/// stopped process, a network that drops packets without a reset) hold a request for a minute: a 30 s command timeout, then
/// a cancel request that waits for the 15 s connect timeout. A setting given in the connection string wins.
/// </summary>
internal static class DatabaseTimeouts
{
    public static void Apply(NpgsqlConnectionStringBuilder connection, TimeSpan requestBound)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connection.ConnectionString };

        // A request's commands time out with the request's bound (TracingSessionFactory). Npgsql then sends PostgreSQL a
        // cancel request over a new connection, which a frozen server holds for the connect timeout, twice (Npgsql tries
        // again without GSS encryption), and waits Cancellation Timeout for the query to end before it breaks the
        // connection. All of it comes on top of the bound, so it is a fraction of it: a frozen server costs a request about
        // 1.5 times its bound (15 s by default), not a minute. Opening a connection to it costs the same two connect timeouts.
        if (!given.ContainsKey("Timeout"))
            connection.Timeout = Math.Clamp((int)Math.Ceiling(requestBound.TotalSeconds / 5), 1, 5);
        if (!given.ContainsKey("Cancellation Timeout"))
            connection.CancellationTimeout = (int)Math.Clamp(requestBound.TotalMilliseconds / 10, 250, 2000);

        // The bound of what runs without a request's token (the daemon, consumers, schema changes): Npgsql's default, stated.
        if (!given.ContainsKey("Command Timeout"))
            connection.CommandTimeout = 30;

        // A pooled connection to a host that vanished (power cut, a dropped NAT entry) is found dead in about a minute
        // (15 s idle, then probes 5 s apart), not after the system's two hours.
        if (!given.ContainsKey("TCP Keepalive Time"))
            (connection.TcpKeepAliveTime, connection.TcpKeepAliveInterval) = (15, 5);
    }
}
