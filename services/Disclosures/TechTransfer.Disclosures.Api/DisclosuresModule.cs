using Marten.Events.Projections;
using JasperFx.Events.Projections;
using TechTransfer.BuildingBlocks.Messaging;
using TechTransfer.BuildingBlocks.Persistence;
using TechTransfer.Disclosures.Api.Integration;
using TechTransfer.Disclosures.Api.Technologies;
using TechTransfer.Disclosures.Api.Technologies.Disclose;
using TechTransfer.Disclosures.Api.Technologies.GetTechnology;

namespace TechTransfer.Disclosures.Api;

/// <summary>Technologies and their journey: the store, its projections, the bus, and the endpoints.</summary>
public static class DisclosuresModule
{
    public static WebApplicationBuilder AddDisclosures(this WebApplicationBuilder builder)
    {
        // Here, not in the building blocks: the validation generator sees only this project\'s request types.
        builder.Services.AddValidation();
        builder.AddEventStore(opts =>
            {
                opts.Projections.Snapshot<Technology>(SnapshotLifecycle.Inline);
            })
            .PublishContractEvents<DisclosuresContractEvents>();
        builder.AddMessageBus();
        return builder;
    }

    public static WebApplication MapDisclosuresEndpoints(this WebApplication app)
    {
        var technologies = app.MapGroup("/technologies").WithTags("Technologies");
        technologies.MapDiscloseTechnology();
        technologies.MapGetTechnology();
        return app;
    }
}
