namespace TechTransfer.BuildingBlocks.Hosting;

/// <summary>Who this process is: the bounded context it serves, and the names derived from it.</summary>
public sealed record ServiceInfo(string Name)
{
    /// <summary>Lower-case context name, e.g. <c>disclosures</c>.</summary>
    public string Key { get; } = Name.ToLowerInvariant();

    /// <summary>The service's own database, used when the connection string names none.</summary>
    public string DefaultDatabase => $"techtransfer_{Key}";

    /// <summary>The PostgreSQL schema holding the service's Marten tables.</summary>
    public string Schema => Key;
}
