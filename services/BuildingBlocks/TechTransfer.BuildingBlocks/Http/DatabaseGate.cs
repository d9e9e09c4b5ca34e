using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using TechTransfer.BuildingBlocks.Persistence;

namespace TechTransfer.BuildingBlocks.Http;

public static class DatabaseGate
{
    /// <summary>Until the database is prepared, every request but health is a 503 with Retry-After: none races the schema.</summary>
    public static WebApplication UseDatabaseGate(this WebApplication app)
    {
        if (app.Services.GetService<DatabaseStartup>() is not { } database) return app;
        app.Use(async (context, next) =>
        {
            if (database.Ready || context.Request.Path.StartsWithSegments("/health"))
            {
                await next();
                return;
            }
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = ProblemExceptionHandler.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status503ServiceUnavailable,
                    Title = "The store is unavailable.",
                    Detail = $"The service is still preparing its database; retry in {ProblemExceptionHandler.RetryAfterSeconds} seconds.",
                    Extensions = { ["rule"] = "store-is-available" },
                },
            });
        });
        return app;
    }
}
