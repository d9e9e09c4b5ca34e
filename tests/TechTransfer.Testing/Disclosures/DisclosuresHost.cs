using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Disclosures.Api;
using TechTransfer.Testing.Hosts;
using TechTransfer.Testing.Infrastructure;

namespace TechTransfer.Testing.Disclosures;

/// <summary>One Disclosures host per test (its own database and queues), with a staff and a partner caller.</summary>
public abstract class DisclosuresHost(TestInfrastructure infrastructure, string name) : IAsyncLifetime
{
    protected TestInfrastructure Infrastructure { get; } = infrastructure;
    protected ServiceHost<DisclosuresApi> Host { get; private set; } = null!;
    protected HttpClient Staff { get; private set; } = null!;
    protected HttpClient Partner { get; private set; } = null!;

    /// <summary>Runs before the host starts: bind broker probes here, so nothing published is missed.</summary>
    protected virtual Task BeforeStartAsync() => Task.CompletedTask;

    public async ValueTask InitializeAsync()
    {
        await BeforeStartAsync();
        Host = new ServiceHost<DisclosuresApi>(Infrastructure, name);
        await Host.StartReadyAsync();
        Staff = Host.ClientAs(Roles.Staff, "olga.staff");
        Partner = Host.ClientAs(Roles.Partner, "cryo-portal", Guid.NewGuid());
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

    protected static string Today(int plusDays = 0) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(plusDays).ToString("yyyy-MM-dd");

    /// <summary>Disclosed, assessed (pursue), ownership agreed: ready to market and transfer. Returns id and version.</summary>
    protected async Task<(Guid Id, long Version)> ReadyToMarketAsync(object? disclosure = null)
    {
        var id = await Staff.DiscloseAsync(disclosure ?? Sample.Disclosure());
        await Staff.CommandAsync(HttpMethod.Post, $"/technologies/{id}/assessments", new { decision = "Pursue", trl = 4, notes = "strong interest from MRI makers" });
        var version = await Staff.CommandAsync(HttpMethod.Put, $"/technologies/{id}/ip-ownership", new
        {
            owners = new[] { new { name = "CERN", kind = "Facility", share = 70m }, new { name = "EPFL", kind = "University", share = 30m } },
            agreementReference = "KT-AGR-2026-014",
        });
        return (id, version);
    }

    protected Task<long> PublishAsync(Guid id, string title = "Fast quench protection", string[]? keywords = null) =>
        Staff.CommandAsync(HttpMethod.Put, $"/technologies/{id}/marketing", new
        {
            publicTitle = title,
            summary = "Protects superconducting magnets by detecting quenches within microseconds.",
            applications = new[] { "MRI magnets", "fusion magnets" },
            keywords = keywords ?? ["cryogenics", "magnet protection"],
        });
}
