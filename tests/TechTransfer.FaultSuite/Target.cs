namespace TechTransfer.FaultSuite;

/// <summary>Something the suite can crash (SIGKILL), start again, freeze (SIGSTOP) and thaw (SIGCONT).</summary>
public interface ITarget
{
    string Name { get; }

    /// <summary>A server (the broker, the database) rather than one of the services.</summary>
    bool IsServer { get; }

    Task KillAsync();
    Task StartAsync();
    Task PauseAsync();
    Task ResumeAsync();
}
