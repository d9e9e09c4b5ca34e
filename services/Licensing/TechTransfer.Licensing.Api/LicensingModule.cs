using TechTransfer.BuildingBlocks.Messaging;
using TechTransfer.BuildingBlocks.Persistence;
using TechTransfer.Licensing.Api.KnownTechnologies;

namespace TechTransfer.Licensing.Api;

/// <summary>Licensing: its store, the bus with its consumers, and the endpoints.</summary>
public static class LicensingModule
{
    public static WebApplicationBuilder AddLicensing(this WebApplicationBuilder builder)
    {
        // Here, not in the building blocks: the validation generator sees only this project\'s request types.
        builder.Services.AddValidation();
        builder.AddEventStore(opts => opts.Schema.For<KnownTechnology>());
        builder.AddMessageBus(bus => bus.AddConsumer<TechnologyDisclosedConsumer>());
        return builder;
    }

    public static WebApplication MapLicensingEndpoints(this WebApplication app)
    {
        app.MapGroup("/known-technologies").WithTags("Known technologies").MapGetKnownTechnology();
        return app;
    }
}
