using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using TechTransfer.BuildingBlocks.Access.ApiKeys;
using TechTransfer.BuildingBlocks.Messaging;
using TechTransfer.BuildingBlocks.Persistence;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Testing.Hosts;
using TechTransfer.Testing.Infrastructure;

namespace TechTransfer.IntegrationTests.Security;

/// <summary>A host of the building blocks alone with one partner endpoint, standing in for any service a partner calls.</summary>
internal static class PartnerProbe
{
    public sealed record WhoAmI(string Name, string Organisation);

    /// <summary>Something one organisation owns, e.g. a licence.</summary>
    public sealed record Owned(Guid Id, Guid OwnerOrganisation);

    public static readonly Owned OwnedByAcme = new(Guid.NewGuid(), Guid.NewGuid());

    public static Task<WebApplication> StartAsync(TestInfrastructure infrastructure, Action<Dictionary<string, string?>>? tune = null)
    {
        var settings = HostSettings.For(infrastructure, "partnerprobe");
        tune?.Invoke(settings);
        return BuildingBlocksHost.StartAsync(settings, "PartnerProbe",
            builder =>
            {
                builder.AddApiKeys();
                builder.AddEventStore(_ => { });
                builder.AddMessageBus();
            },
            app =>
            {
                app.MapGet("/whoami", (HttpContext http) => new WhoAmI(http.User.Actor(), http.User.OrganisationId()?.ToString() ?? ""))
                    .RequireRoles(Roles.Partner);
                app.MapPost("/echo", (HttpContext http) => Results.Ok()).RequireRoles(Roles.Partner);
                app.MapGet("/owned/{id:guid}", (Guid id, HttpContext http) =>
                        (id == OwnedByAcme.Id ? OwnedByAcme : null).VisibleTo(http.User, o => o.OwnerOrganisation, "Owned thing", id))
                    .RequireRoles(Roles.Partner, Roles.Staff);
            });
    }
}
