using Microsoft.Extensions.Logging;
using Npgsql;
using TechTransfer.BuildingBlocks.Persistence;

namespace TechTransfer.UnitTests.BuildingBlocks;

/// <summary>Marten's command log: a lost append race is not an error; a real failure is, and never with the command's parameters.</summary>
public sealed class ScrubbedMartenLoggerTests
{
    private sealed class Lines : ILogger<ScrubbedMartenLogger>
    {
        public List<(LogLevel Level, string Text)> Written { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Written.Add((logLevel, formatter(state, exception) + exception));
    }

    private static NpgsqlCommand Append(string secret)
    {
        var command = new NpgsqlCommand("select disclosures.mt_quick_append_events($1)");
        command.Parameters.Add(new NpgsqlParameter { Value = $"{{\"confidentialDescription\": \"{secret}\"}}" });
        return command;
    }

    [Fact]
    public void A_write_that_lost_a_race_is_a_debug_line()
    {
        var lines = new Lines();
        // Quick append's own version check: another writer took the stream version first.
        new ScrubbedMartenLogger(lines).LogFailure(Append("CANARY-1"), new PostgresException("Stream version mismatch", "ERROR", "ERROR", "MT003"));

        lines.Written.ShouldAllBe(l => l.Level == LogLevel.Debug);
    }

    [Fact]
    public void A_real_failure_is_an_error_naming_the_statement_and_never_its_values()
    {
        var lines = new Lines();
        new ScrubbedMartenLogger(lines).LogFailure(Append("CANARY-2"), new PostgresException("invalid byte sequence for encoding \"UTF8\": 0x00", "ERROR", "ERROR", "22021"));

        var (level, text) = lines.Written.ShouldHaveSingleItem();
        level.ShouldBe(LogLevel.Error);
        text.ShouldContain("mt_quick_append_events");
        text.ShouldNotContain("CANARY-2");
    }
}
