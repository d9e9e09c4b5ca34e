using JasperFx;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.OpenTelemetry;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using TechTransfer.BuildingBlocks.Health;
using TechTransfer.BuildingBlocks.Runtime;
using Weasel.Core;

namespace TechTransfer.BuildingBlocks.Persistence;

public static class EventStore
{
    /// <summary>
    /// Marten on the service's own database (created when missing) and schema, with every option we rely
    /// on set explicitly: Marten 9's defaults differ from Marten 8's and may move again.
    /// </summary>
    public static MartenServiceCollectionExtensions.MartenConfigurationExpression AddEventStore(
        this WebApplicationBuilder builder, Action<StoreOptions> configure)
    {
        var service = builder.ServiceInfo();

        var connection = new NpgsqlConnectionStringBuilder(builder.Configuration.RequiredConnectionString(ServiceSettings.PostgresKey));
        if (string.IsNullOrEmpty(connection.Database)) connection.Database = service.DefaultDatabase;
        // The daemon's leadership lock lives on a connection that sits in pg_sleep between checks. When a node
        // dies (killed, power cut), PostgreSQL only notices its client is gone once that sleep ends: measured
        // ~50 s during which no other node could publish. PostgreSQL 14+ can check the socket while a query
        // runs; every connection asks it to, every 2 s (an explicit setting in the connection string wins).
        if (connection.Options?.Contains("client_connection_check_interval", StringComparison.Ordinal) != true)
            connection.Options = $"{connection.Options} -c client_connection_check_interval=2000".Trim();
        DatabaseTimeouts.Apply(connection, builder.Configuration.RequestTimeout());

        var dataSource = new NpgsqlDataSourceBuilder(connection.ConnectionString).Build();
        // Registered through a factory so the container disposes it with the host: its pooled connections
        // close instead of piling up (Marten, given a data source, leaves its disposal to us).
        builder.Services.AddSingleton(_ => dataSource);
        builder.Services.AddHealthChecks().AddCheck<PostgresHealthCheck>("postgres", tags: [HealthEndpoints.ReadyTag]);

        var marten = builder.Services.AddMarten(opts =>
            {
                opts.Connection(dataSource);
                opts.DatabaseSchemaName = service.Schema;
                opts.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
                opts.UseSystemTextJsonForSerialization(EnumStorage.AsString);
                opts.ConfigurePolly(StoreRetries.Configure);

                opts.Events.StreamIdentity = StreamIdentity.AsGuid;
                // Quick append: the server assigns versions and sequences, ~15 % faster on these machines.
                opts.Events.AppendMode = EventAppendMode.Quick;
                // Aggregates are always rebuilt from the store: no stale copy survives a failed command.
                opts.Events.UseIdentityMapForAggregates = false;
                // Trace context and who-did-it travel with every event (see TracingSessionFactory).
                opts.Events.MetadataConfig.HeadersEnabled = true;
                opts.Events.MetadataConfig.CorrelationIdEnabled = true;
                opts.Events.MetadataConfig.CausationIdEnabled = true;
                opts.Events.MetadataConfig.UserNameEnabled = true;

                // The HotCold leadership lock goes through DistributedLock.Postgres. Its default, multiplexed
                // mode needs the patched 1.3.3 build that this registry lacks (README: the local NuGet feed);
                // 1.3.1 refuses it with a data source. A transaction-held lock on its own connection works with both.
                opts.Events.UseAdvisoryLockTransaction = true;

                // A transaction that commits late leaves a gap in the event sequence for a while. Hold before
                // such a gap while PostgreSQL shows a transaction that may still fill it, and never skip past a
                // live one: skipping would mean its events are never published (a slow-writer test holds this).
                opts.Projections.UseTransactionEvidenceForGapSkipping = true;
                opts.Projections.SkipStaleGapsDespiteLiveTransactionsAfter = null;

                // A failing subscription must stop, not skip: skipping an event would lose its message.
                opts.Projections.Errors.SkipApplyErrors = false;
                opts.Projections.Errors.SkipSerializationErrors = false;
                opts.Projections.Errors.SkipUnknownEvents = false;

                opts.OpenTelemetry.TrackConnections = TrackLevel.Normal;
                opts.OpenTelemetry.TrackEventCounters();

                configure(opts);
            })
            .UseLightweightSessions()
            .BuildSessionsWith<TracingSessionFactory>()
            .AddAsyncDaemon(DaemonMode.HotCold);

        builder.Services.AddSingleton<IConfigureMarten, ScrubbedMartenLogger.Use>();
        builder.Services.AddSingleton<ILogger<Marten.Events.Daemon.Coordination.ProjectionCoordinator>, DaemonLogger>();

        // The database is created and the schema applied in the background (not by ApplyAllDatabaseChangesOnStartup,
        // which stops the host when PostgreSQL is away at start); readiness waits for it.
        builder.Services.AddSingleton(sp => new DatabaseStartup(connection.ConnectionString, sp.GetRequiredService<IDocumentStore>(),
            sp.GetRequiredService<ILogger<DatabaseStartup>>()));
        // First of the hosted services: when PostgreSQL answers, the schema is in place before the daemon and the bus start.
        builder.Services.Insert(0, ServiceDescriptor.Singleton<IHostedService>(sp => sp.GetRequiredService<DatabaseStartup>()));
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration("database-schema", sp => sp.GetRequiredService<DatabaseStartup>(), null,
            [HealthEndpoints.ReadyTag]));
        return marten;
    }
}
