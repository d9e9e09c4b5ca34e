using TechTransfer.BuildingBlocks.Messaging;
using TechTransfer.BuildingBlocks.Persistence;

namespace TechTransfer.Incubation.Api;

/// <summary>Incubation: its own event store and bus connection. Its domain comes with its own issue.</summary>
public static class IncubationModule
{
    public static WebApplicationBuilder AddIncubation(this WebApplicationBuilder builder)
    {
        // Here, not in the building blocks: the validation generator sees only this project\'s request types.
        builder.Services.AddValidation();
        builder.AddEventStore(_ => { });
        builder.AddMessageBus();
        return builder;
    }

    public static WebApplication MapIncubationEndpoints(this WebApplication app) => app;
}
