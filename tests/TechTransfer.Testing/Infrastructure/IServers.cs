namespace TechTransfer.Testing.Infrastructure;

/// <summary>A PostgreSQL server and a RabbitMQ broker that tests may use, however they were obtained.</summary>
public interface IServers : IAsyncDisposable
{
    /// <summary>Npgsql connection string without a database: each host names its own.</summary>
    string Postgres { get; }

    /// <summary><c>amqp://user:password@host:port/</c>.</summary>
    string RabbitMq { get; }

    /// <summary>Where they came from, for the test log.</summary>
    string Description { get; }
}
