using MassTransit.Logging;
using MassTransit.Monitoring;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using TechTransfer.BuildingBlocks.Runtime;

namespace TechTransfer.BuildingBlocks.Observability;

/// <summary>Traces, metrics and logs for HTTP, PostgreSQL/Marten and MassTransit; OTLP export when configured.</summary>
public static class Telemetry
{
    /// <summary>Our own spans (the outbox publisher) and meters (the outbox monitor) carry this name.</summary>
    public const string SourceName = "TechTransfer";

    public static void AddTelemetry(this WebApplicationBuilder builder, ServiceInfo service)
    {
        builder.Logging.AddOpenTelemetry(o =>
        {
            o.IncludeFormattedMessage = true;
            o.IncludeScopes = true;
        });

        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService($"techtransfer-{service.Key}"))
            .WithTracing(t => t
                .AddSource(SourceName, "Marten", DiagnosticHeaders.DefaultListenerName)
                .AddAspNetCoreInstrumentation(o => o.Filter = ctx => !ctx.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation()
                .AddNpgsql())
            .WithMetrics(m => m
                .AddMeter(SourceName, "Marten", InstrumentationOptions.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation());

        // The standard variable decides: no endpoint, no exporter (and no failed exports in the logs).
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
            otel.UseOtlpExporter();
    }
}
