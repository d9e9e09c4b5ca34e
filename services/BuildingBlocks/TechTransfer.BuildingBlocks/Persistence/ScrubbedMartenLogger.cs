using Marten;
using Marten.Services;
using Microsoft.Extensions.Logging;
using Npgsql;
using TechTransfer.BuildingBlocks.Writes;

namespace TechTransfer.BuildingBlocks.Persistence;

/// <summary>
/// Marten's command log, minus two things its default logger does: it never writes a command's parameters (they hold
/// event bodies and documents, confidential disclosure fields among them), only the SQL and the error; and a lost
/// append race (the stream version taken by another writer, which the write path decides again) is a debug line,
/// not an error, so the errors left are real failures.
/// </summary>
public sealed class ScrubbedMartenLogger(ILogger<ScrubbedMartenLogger> logger) : IMartenLogger, IMartenSessionLogger
{
    public IMartenSessionLogger StartSession(IQuerySession session) => this;

    public void SchemaChange(string sql) => logger.LogInformation("Marten changed the schema:\n{Sql}", sql);

    public void LogSuccess(NpgsqlCommand command) => logger.LogDebug("{Sql}", command.CommandText);

    public void LogSuccess(NpgsqlBatch batch) => logger.LogDebug("{Sql}", Sql(batch));

    public void LogFailure(NpgsqlCommand command, Exception ex) => Failure(ex, command.CommandText);

    public void LogFailure(NpgsqlBatch batch, Exception ex) => Failure(ex, Sql(batch));

    public void LogFailure(Exception ex, string message) => Failure(ex, message);

    public void RecordSavedChanges(IDocumentSession session, IChangeSet commit) { }

    public void OnBeforeExecute(NpgsqlCommand command) { }

    public void OnBeforeExecute(NpgsqlBatch batch) { }

    private void Failure(Exception ex, string sql)
    {
        if (IsLostRace(ex))
            logger.LogDebug("A write lost a race with another writer ({SqlState}); the write path decides again", (ex as PostgresException)?.SqlState);
        else
            // The exception's message and stack, never its data: Npgsql keeps parameter values out of its messages.
            logger.LogError(ex, "Marten failed to execute:\n{Sql}", sql);
    }

    /// <summary>
    /// Another writer committed the stream version or id first: quick append's own version check (MT003 "stream version
    /// mismatch"), a unique key of the event tables, or Marten's exception for either.
    /// </summary>
    private static bool IsLostRace(Exception ex) =>
        WriteConflicts.IsConflict(ex)
        || ex is PostgresException { SqlState: "MT003" }
        || ex is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, TableName: "mt_events" or "mt_streams" };

    private static string Sql(NpgsqlBatch batch) => string.Join(";\n", batch.BatchCommands.Cast<NpgsqlBatchCommand>().Select(c => c.CommandText));

    /// <summary>Puts it in place of Marten's default logger once the store's options are built (it needs the container's logging).</summary>
    public sealed class Use(ILogger<ScrubbedMartenLogger> logger) : IConfigureMarten
    {
        public void Configure(IServiceProvider services, StoreOptions options) => options.Logger(new ScrubbedMartenLogger(logger));
    }
}
