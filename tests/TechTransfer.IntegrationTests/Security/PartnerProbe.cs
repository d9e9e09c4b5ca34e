using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
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

    public static Task<WebApplication> StartAsync(TestInfrastructure infrastructure, Action<Dictionary<string, string?>>? tune = null)
    {
        var settings = HostSettings.For(infrastructure, "partnerprobe");
        tune?.Invoke(settings);
        return BuildingBlocksHost.StartAsync(settings, "PartnerProbe",
            builder =>
            {
                builder.AddEventStore(_ => { });
                builder.AddMessageBus();
            },
            app =>
            {
                app.MapGet("/whoami", (HttpContext http) => new WhoAmI(http.User.Actor(), http.User.OrganisationId()?.ToString() ?? ""))
                    .RequireRoles(Roles.Partner);
                app.MapPost("/echo", (HttpContext http) => Results.Ok()).RequireRoles(Roles.Partner);
            });
    }
}
