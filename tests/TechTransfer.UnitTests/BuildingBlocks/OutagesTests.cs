using System.Net.Sockets;
using Npgsql;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Persistence;

namespace TechTransfer.UnitTests.BuildingBlocks;

/// <summary>An outage (waited out, never parked) told apart from a failure of the message or request itself.</summary>
public sealed class OutagesTests
{
    private static PostgresException Postgres(string sqlState) => new("message", "FATAL", "FATAL", sqlState);

    [Theory]
    [InlineData("57P03")] // the database system is not yet accepting connections (recovering)
    [InlineData("57P01")] // terminating connection due to administrator command
    [InlineData("08006")] // connection failure
    [InlineData("53300")] // too many connections
    public void The_server_being_away_or_recovering_is_an_outage(string sqlState) => Outages.IsOutage(Postgres(sqlState)).ShouldBeTrue();

    [Fact]
    public void A_refused_connection_is_an_outage_however_deep_it_is_wrapped() =>
        Outages.IsOutage(new InvalidOperationException("save failed", new NpgsqlException("open failed", new SocketException((int)SocketError.ConnectionRefused))))
            .ShouldBeTrue();

    [Fact]
    public void A_database_that_stops_answering_is_an_outage_even_behind_a_failed_rollback() =>
        Outages.IsOutage(new ObjectDisposedException("NpgsqlTransaction",
            new OperationCanceledException("Query was cancelled", new TimeoutException("Timeout during reading attempt")))).ShouldBeTrue();

    [Theory]
    [InlineData("22021")] // invalid byte sequence (a NUL in text): the content's fault
    [InlineData("23505")] // unique violation: a race or a bug, not an outage
    [InlineData("42P01")] // undefined table
    public void A_statement_the_server_refuses_is_not(string sqlState) => Outages.IsOutage(Postgres(sqlState)).ShouldBeFalse();

    [Fact]
    public void A_broken_rule_is_not() => Outages.IsOutage(new DomainRuleViolationException("rule", "broken")).ShouldBeFalse();
}
