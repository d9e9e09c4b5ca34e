namespace TechTransfer.Testing.Infrastructure;

/// <summary>Servers someone else runs, named by TT_POSTGRES and TT_RABBITMQ. Left running afterwards.</summary>
internal sealed record GivenServers(string Postgres, string RabbitMq) : IServers
{
    public string Description => "given by TT_POSTGRES / TT_RABBITMQ";

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
