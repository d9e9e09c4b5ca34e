using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Client.Disclosures;
using TechTransfer.Disclosures.Api;
using TechTransfer.Testing.Hosts;
using TechTransfer.Testing.Infrastructure;

namespace TechTransfer.Testing.Disclosures;

/// <summary>One Disclosures host per test (its own database and queues), with a staff and a partner caller, raw and through the SDK.</summary>
public abstract class DisclosuresHost(TestInfrastructure infrastructure, string name) : IAsyncLifetime
{
    protected TestInfrastructure Infrastructure { get; } = infrastructure;
    protected ServiceHost<DisclosuresApi> Host { get; private set; } = null!;
    protected HttpClient Staff { get; private set; } = null!;
    protected HttpClient Partner { get; private set; } = null!;

    /// <summary>The organisation <see cref="Partner"/> signs in for.</summary>
    protected Guid PartnerOrganisation { get; } = Guid.NewGuid();

    /// <summary>The SDK as staff call it, over <see cref="Staff"/>.</summary>
    protected IDisclosuresApi Api { get; private set; } = null!;

    /// <summary>Runs before the host starts: bind broker probes here, so nothing published is missed.</summary>
    protected virtual Task BeforeStartAsync() => Task.CompletedTask;

    public async ValueTask InitializeAsync()
    {
        await BeforeStartAsync();
        Host = new ServiceHost<DisclosuresApi>(Infrastructure, name);
        await Host.StartReadyAsync();
        Staff = ClientAs(Roles.Staff, "olga.staff");
        Partner = ClientAs(Roles.Partner, "cryo-portal", PartnerOrganisation);
        Api = SdkCalls.For<IDisclosuresApi>(Staff);
    }

    public virtual async ValueTask DisposeAsync()
    {
        Staff.Dispose();
        Partner.Dispose();
        // The store's data source is registered as an instance, which the container does not dispose: without
        // this its pooled connections outlive the host and a full run exhausts the server's max_connections.
        var dataSource = Host.Services.GetRequiredService<NpgsqlDataSource>();
        await Host.DisposeAsync();
        await dataSource.DisposeAsync();
    }

    protected HttpClient ClientAs(string role, string name, Guid? organisation = null) => Host.ClientAs(role, name, organisation);

    protected IDisclosuresApi ApiAs(string role, string name, Guid? organisation = null) => SdkCalls.For<IDisclosuresApi>(ClientAs(role, name, organisation));

    /// <summary>The SDK as a partner's portal calls it: <see cref="Partner"/>'s organisation unless told otherwise.</summary>
    protected IDisclosuresApi PartnerApi(Guid? organisation = null) => SdkCalls.For<IDisclosuresApi>(
        organisation is null ? Partner : ClientAs(Roles.Partner, "cryo-portal", organisation));

    protected static DateOnly Today(int plusDays = 0) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(plusDays);

    /// <summary>Disclosed, assessed (pursue), ownership agreed (CERN 70 %, EPFL 30 %): ready to market and transfer. Returns id and version.</summary>
    protected async Task<(Guid Id, long Version)> ReadyToMarketAsync(DiscloseTechnology? disclosure = null)
    {
        var ct = TestContext.Current.CancellationToken;
        var id = (await Api.DiscloseTechnologyAsync(disclosure ?? Sample.Request(), ct)).Id;
        await Api.AssessTechnologyAsync(id, new AssessTechnology(AssessmentDecisions.Pursue, 4, "strong interest from MRI makers"), ct: ct);
        var agreed = await Api.AgreeIpOwnershipAsync(id, new AgreeIpOwnership(
            [new OwnerInput("CERN", OwnerKinds.Facility, 70m), new OwnerInput("EPFL", OwnerKinds.University, 30m)], "KT-AGR-2026-014"), ct: ct);
        return (id, agreed.Version);
    }

    /// <summary>The marketing summary the tests publish (applications: MRI and fusion magnets).</summary>
    protected static PublishForMarketing Marketing(string title = "Fast quench protection", string[]? keywords = null) =>
        new(title, "Protects superconducting magnets by detecting quenches within microseconds.", ["MRI magnets", "fusion magnets"],
            keywords ?? ["cryogenics", "magnet protection"]);

    /// <summary>Publishes <see cref="Marketing"/> to the catalogue; returns the new version.</summary>
    protected async Task<long> PublishAsync(Guid id, string title = "Fast quench protection", string[]? keywords = null) =>
        (await Api.PublishForMarketingAsync(id, Marketing(title, keywords), ct: TestContext.Current.CancellationToken)).Version;
}
