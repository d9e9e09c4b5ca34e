using Microsoft.AspNetCore.Builder;

namespace TechTransfer.BuildingBlocks.Runtime;

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

public static class ServiceInfoRegistration
{
    /// <summary>The service this builder is for, as <c>AddServiceDefaults</c> registered it.</summary>
    public static ServiceInfo ServiceInfo(this WebApplicationBuilder builder) =>
        builder.Services.LastOrDefault(d => d.ServiceType == typeof(ServiceInfo))?.ImplementationInstance as ServiceInfo
        ?? throw new InvalidOperationException("Call AddServiceDefaults first: it says which service this is.");
}
