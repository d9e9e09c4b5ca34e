using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Http.Owners;
using TechTransfer.BuildingBlocks.Persistence;
using TechTransfer.BuildingBlocks.Writes;

namespace TechTransfer.BuildingBlocks.Http;

/// <summary>Maps the exceptions we expect to ProblemDetails with a clear reason; anything else is a logged 500 with no internals.</summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = ToProblem(exception);
        // Cancelled at its bound, a request fails however the call it waited on ends (a cancelled read, a rollback on a
        // broken connection): that is the store not answering in time, not a bug. A refusal it reached first stands.
        if (httpContext.Features.Get<RequestBound>() is { Exceeded: true } bound && problem.Status >= 500)
            problem = StoreUnavailable($"The service's database did not answer within {bound.Timeout.TotalSeconds:0.#} seconds; a write may or may not " +
                $"have been saved, so read before you write again. Retry in {RetryAfterSeconds} seconds.");
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            logger.LogWarning("Request refused with 503 on {Method} {Path}: {Reason}", httpContext.Request.Method, httpContext.Request.Path, exception.GetBaseException().Message);
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else if (problem.Status >= 500)
            logger.LogError(exception, "Unhandled error on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        else
            logger.LogInformation("Request refused with {Status}: {Title}", problem.Status, problem.Title);

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    /// <summary>What a 503 tells the caller to wait: a database restart or fail-over takes seconds.</summary>
    public const int RetryAfterSeconds = 5;

    public static ProblemDetails ToProblem(Exception exception) => exception switch
    {
        DomainRuleViolationException v => Problem(v.Kind == RuleKind.CurrentState ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity,
            "A rule of the domain was broken.", v.Message, ("rule", v.Rule)),
        OwnerUnavailableException o => Problem(StatusCodes.Status503ServiceUnavailable, "A service this one asks is unavailable.", o.Message, ("rule", o.Rule)),
        InvalidRequestException r => Problem(StatusCodes.Status400BadRequest, "The request is invalid.", r.Message, ("field", r.Field)),
        NotFoundException n => Problem(StatusCodes.Status404NotFound, "Not found.", n.Message),
        PreconditionFailedException p => Problem(StatusCodes.Status412PreconditionFailed, "The resource has changed.", p.Message),
        _ when WriteConflicts.IsConflict(exception) =>
            Problem(StatusCodes.Status409Conflict, "Concurrent change.",
                "Someone else changed this resource at the same time. Read it again and retry."),
        _ when Outages.IsOutage(exception) =>
            StoreUnavailable($"The service cannot reach its database or broker right now; nothing was saved. Retry in {RetryAfterSeconds} seconds."),
        BadHttpRequestException { InnerException: JsonException json } =>
            Problem(StatusCodes.Status400BadRequest, "The request body is not valid JSON.",
                json.Path is { Length: > 0 } path ? $"Could not read the value at '{path}'." : "The JSON could not be read.",
                ("field", json.Path ?? "")),
        BadHttpRequestException bad => Problem(bad.StatusCode, "Bad request.", SafeBadRequestDetail(bad)),
        _ => Problem(StatusCodes.Status500InternalServerError, "An unexpected error occurred.",
            "The error was logged; quote the traceId when reporting it."),
    };

    // Framework messages name C# parameters and types; keep only what helps the caller.
    private static string SafeBadRequestDetail(BadHttpRequestException bad) => bad.StatusCode switch
    {
        StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
        StatusCodes.Status415UnsupportedMediaType => "The request body must be JSON (Content-Type: application/json).",
        _ when bad.Message.Contains("body", StringComparison.OrdinalIgnoreCase) => "The request body is missing or unreadable.",
        _ => "The request is malformed.",
    };

    private static ProblemDetails StoreUnavailable(string detail) =>
        Problem(StatusCodes.Status503ServiceUnavailable, "The store is unavailable.", detail, ("rule", "store-is-available"));

    private static ProblemDetails Problem(int status, string title, string detail, params (string Key, object Value)[] extensions)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        foreach (var (key, value) in extensions) problem.Extensions[key] = value;
        return problem;
    }
}
