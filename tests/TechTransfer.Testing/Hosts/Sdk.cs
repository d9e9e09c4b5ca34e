using Microsoft.Extensions.DependencyInjection;
using TechTransfer.Client;
using TechTransfer.Client.Admin;
using TechTransfer.Client.Disclosures;
using TechTransfer.Client.Financing;
using TechTransfer.Client.Incubation;
using TechTransfer.Client.Licensing;

namespace TechTransfer.Testing.Hosts;

/// <summary>The partner SDK's four interfaces for one caller, as a partner system would resolve them.</summary>
public sealed class Sdk(IServiceProvider services)
{
    public IDisclosuresApi Disclosures { get; } = services.GetRequiredService<IDisclosuresApi>();
    public ILicensingApi Licensing { get; } = services.GetRequiredService<ILicensingApi>();
    public IIncubationApi Incubation { get; } = services.GetRequiredService<IIncubationApi>();
    public IFinancingApi Financing { get; } = services.GetRequiredService<IFinancingApi>();

    /// <summary>API keys (issued by Disclosures) and dead letters of one service (<see cref="TechTransferServices"/>).</summary>
    public IAdminApi Admin(string service) => services.GetRequiredKeyedService<IAdminApi>(service);
}
