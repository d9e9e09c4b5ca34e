using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace TechTransfer.BuildingBlocks.Http;

public static class ProblemDetailsSetup
{
    /// <summary>
    /// Every error leaves as RFC 9457 ProblemDetails carrying the trace id, never a stack trace:
    /// exceptions through <see cref="ProblemExceptionHandler"/>, empty 4xx/5xx through the status code pages,
    /// bad request bodies through the built-in validation. Each service calls <c>AddValidation()</c> itself:
    /// its source generator only sees the request types of the project that makes the call.
    /// </summary>
    public static IServiceCollection AddProblemDetailsForEveryError(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            ctx.ProblemDetails.Instance ??= $"{ctx.HttpContext.Request.Method} {ctx.HttpContext.Request.Path}";
            ctx.ProblemDetails.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? ctx.HttpContext.TraceIdentifier;
            // The developer exception page is never used: internals stay in the logs.
            ctx.ProblemDetails.Extensions.Remove("exception");
        });
        services.AddExceptionHandler<ProblemExceptionHandler>();
        // Outside Development, minimal APIs answer an unreadable body with a bare 400; throwing lets the
        // handler say which field could not be read, in every environment.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }
}
