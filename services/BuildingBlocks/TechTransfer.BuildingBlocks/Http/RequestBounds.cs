using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TechTransfer.BuildingBlocks.Persistence;
using TechTransfer.BuildingBlocks.Runtime;

namespace TechTransfer.BuildingBlocks.Http;

/// <summary>
/// How long a request may take (<c>Http:RequestTimeout</c>, 10 s; health <c>Http:HealthTimeout</c>, 5 s). At the bound the
/// request's token (<see cref="HttpContext.RequestAborted"/>, which every handler passes to Marten) is cancelled, so a
/// frozen database or a slow call gives up instead of hanging the caller, and the request's Marten sessions get what is
/// left of it as their command timeout (<see cref="Persistence.TracingSessionFactory"/>). What the request then fails with is a
/// 503 (<see cref="ProblemExceptionHandler"/> reads <see cref="RequestBound.Exceeded"/>).
/// </summary>
/// <remarks>
/// Not ASP.NET Core's request-timeout middleware: that one only answers when the handler ends in an
/// <see cref="OperationCanceledException"/>, while Marten, cancelled mid-commit, may end in a failed rollback or a
/// connection error; here every failure after the bound is the bound's.
/// </remarks>
public static class RequestBounds
{
    public const string HealthTimeoutKey = "Http:HealthTimeout";
    public static readonly TimeSpan DefaultHealthTimeout = TimeSpan.FromSeconds(5);

    public sealed record Options(TimeSpan Request, TimeSpan Health);

    public static IServiceCollection AddRequestBounds(this IServiceCollection services, IConfiguration configuration) =>
        services.AddSingleton(new Options(configuration.RequestTimeout(), configuration.GetValue(HealthTimeoutKey, DefaultHealthTimeout)));

    public static WebApplication UseRequestBounds(this WebApplication app)
    {
        var bounds = app.Services.GetRequiredService<Options>();
        app.Use(async (context, next) =>
        {
            // Health answers its callers (orchestrators with short timeouts of their own) sooner than the API.
            var bound = new RequestBound(context.Request.Path.StartsWithSegments("/health") ? bounds.Health : bounds.Request, context.RequestAborted);
            context.Features.Set(bound);
            var callers = context.RequestAborted;
            context.RequestAborted = bound.Token;
            try
            {
                await next(context);
            }
            finally
            {
                // The exception handler, outside, must see the caller's token: a cancelled one reads as "the client left".
                context.RequestAborted = callers;
                bound.Dispose();
            }
        });
        return app;
    }
}
