namespace TechTransfer.Testing.Hosts;

/// <summary>The settings of one service run as a process (<see cref="ServiceProcess"/>) in a system of the four.</summary>
public static class ProcessSettings
{
    public static Dictionary<string, string?> For(string postgres, string rabbitMq, string queuePrefix, DateOnly? today = null) => new()
    {
        ["ConnectionStrings:Postgres"] = postgres,
        ["ConnectionStrings:RabbitMq"] = rabbitMq,
        ["Messaging:QueuePrefix"] = queuePrefix,
        ["Security:Jwt:SigningKey"] = TestIdentity.Jwt.SigningKey,
        ["Security:Jwt:Issuer"] = TestIdentity.Jwt.Issuer,
        ["Security:Jwt:Audience"] = TestIdentity.Jwt.Audience,
        // The daemon's leadership and the bus's endpoints in the logs, with times: what a restart test needs to read.
        ["Logging:LogLevel:Marten.Events.Daemon"] = "Information",
        ["Logging:Console:TimestampFormat"] = "HH:mm:ss.fff ",
        ["Clock:Today"] = today?.ToString("yyyy-MM-dd"),
    };
}
