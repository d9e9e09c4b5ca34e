using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Scalar.AspNetCore;
using TechTransfer.BuildingBlocks.Health;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Messaging.DeadLetters;
using TechTransfer.BuildingBlocks.Observability;
using TechTransfer.BuildingBlocks.Runtime;
using TechTransfer.BuildingBlocks.Security;

namespace TechTransfer.BuildingBlocks.Hosting;

/// <summary>The one-line setup every service calls: telemetry, health, ProblemDetails, JSON, OpenAPI.</summary>
public static class ServiceDefaults
{
    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder, string serviceName)
    {
        var service = new ServiceInfo(serviceName);
        builder.Services.AddSingleton(service);
        // Decisions take the time from here, so tests (and Clock:Today) can set the clock.
        builder.Services.TryAddSingleton(ServiceClock.From(builder.Configuration, TimeProvider.System));
        builder.Services.AddHttpContextAccessor();

        builder.AddTelemetry(service);
        builder.Services.AddServiceHealthChecks();
        builder.Services.AddProblemDetailsForEveryError();
        builder.Services.AddRequestBounds(builder.Configuration);
        builder.Services.ConfigureHttpJsonOptions(o =>
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.AddAccessControl();
        builder.AddAbuseLimits();
        builder.Services.AddOpenApi(o => o.DescribeAccess());
        return builder;
    }

    /// <summary>Middleware and endpoints every service exposes: errors, health, the OpenAPI document and its reference page.</summary>
    public static WebApplication UseServiceDefaults(this WebApplication app)
    {
        if (app.Services.GetRequiredService<TimeProvider>() is ServiceClock.ShiftedClock shifted)
            app.Logger.LogWarning("The clock is moved {Days} days from the system's ({Key}): today is {Today:yyyy-MM-dd} here",
                shifted.Shift.Days, ServiceClock.TodayKey, shifted.GetUtcNow());
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // Inside the exception handler, which then maps what a request fails with at its bound; before everything that waits.
        app.UseRequestBounds();
        app.UseDatabaseGate();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAbuseLimits();
        app.MapHealthEndpoints();
        app.MapDeadLetterEndpoints();
        // The API description is public: it holds no data, and partners need it to integrate.
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference(o => o.WithTitle($"TechTransfer {app.Services.GetRequiredService<ServiceInfo>().Name} API")).AllowAnonymous();
        return app;
    }
}
