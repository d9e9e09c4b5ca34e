using TechTransfer.BuildingBlocks.Messaging;
using TechTransfer.BuildingBlocks.Persistence;

namespace TechTransfer.Financing.Api;

/// <summary>Financing: its own event store and bus connection. Its domain comes with its own issue.</summary>
public static class FinancingModule
{
    public static WebApplicationBuilder AddFinancing(this WebApplicationBuilder builder)
    {
        // Here, not in the building blocks: the validation generator sees only this project\'s request types.
        builder.Services.AddValidation();
        builder.AddEventStore(_ => { });
        builder.AddMessageBus();
        return builder;
    }

    public static WebApplication MapFinancingEndpoints(this WebApplication app) => app;
}
