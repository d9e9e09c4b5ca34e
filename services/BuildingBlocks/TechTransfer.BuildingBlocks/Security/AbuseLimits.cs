using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace TechTransfer.BuildingBlocks.Security;

/// <summary>Settings under <c>Security:Limits</c>.</summary>
public sealed class LimitOptions
{
    public const string Section = "Security:Limits";

    /// <summary>Requests a partner caller (by organisation, else by subject) may make per window on partner endpoints; staff and admins are not limited.</summary>
    public int PartnerPermitsPerWindow { get; set; } = 120;

    public TimeSpan PartnerWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Largest request body accepted, in bytes; larger ones get 413 before they are read.</summary>
    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;
}

/// <summary>Rate limits on the endpoints partners may call (429 with Retry-After) and a request body size limit (413).</summary>
public static class AbuseLimits
{
    public const string PartnerPolicy = "partner";

    public static WebApplicationBuilder AddAbuseLimits(this WebApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection(LimitOptions.Section).Get<LimitOptions>() ?? new LimitOptions();
        builder.Services.AddSingleton(limits);
        builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = limits.MaxRequestBodyBytes);

        builder.Services.AddRateLimiter(o =>
        {
            // Partners are limited, the office's own people and tools are not: the fault suite's auditor, reading back a few
            // hundred licences as staff, was held 60 s by a limit meant for partner systems.
            o.AddPolicy(PartnerPolicy, context => context.User.IsStaffSide()
                ? RateLimitPartition.GetNoLimiter("staff")
                : RateLimitPartition.GetFixedWindowLimiter(
                    context.User.FindFirst(Claims.Organisation)?.Value ?? context.User.FindFirst(Claims.Subject)?.Value ?? "anonymous",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.PartnerPermitsPerWindow, Window = limits.PartnerWindow, QueueLimit = 0 }));
            o.OnRejected = async (rejected, ct) =>
            {
                var response = rejected.HttpContext.Response;
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : limits.PartnerWindow;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                await rejected.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = rejected.HttpContext,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests.",
                        Detail = $"This API allows {limits.PartnerPermitsPerWindow} requests per {limits.PartnerWindow.TotalSeconds:0} s per organisation. Retry after the time in Retry-After.",
                    },
                });
            };
        });
        return builder;
    }

    /// <summary>Refuses a declared oversized body at once (Kestrel also stops an undeclared one while it is read).</summary>
    public static WebApplication UseAbuseLimits(this WebApplication app)
    {
        var max = app.Services.GetRequiredService<LimitOptions>().MaxRequestBodyBytes;
        app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > max)
                throw new BadHttpRequestException($"The request body is larger than {max} bytes.", StatusCodes.Status413PayloadTooLarge);
            await next(context);
        });
        app.UseRateLimiter();
        return app;
    }
}
