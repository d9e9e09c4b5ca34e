using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace TechTransfer.BuildingBlocks.Http;

/// <summary>The answer to a command: the stream written and its new version (also sent as ETag).</summary>
public sealed record Written(Guid Id, long Version);

public static class CommandResults
{
    /// <summary>The ProblemDetails a command may answer with, for the OpenAPI document.</summary>
    public static RouteHandlerBuilder ProducesCommandProblems(this RouteHandlerBuilder builder) => builder
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status412PreconditionFailed)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
