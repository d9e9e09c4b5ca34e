using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TechTransfer.BuildingBlocks.Security;

namespace TechTransfer.BuildingBlocks.Messaging.DeadLetters;

/// <summary>
/// Operators' view of poison messages: how many each of this service's queues has parked, what they are
/// and why they failed, and a replay once the cause is fixed. Only this service's own queues are reachable.
/// </summary>
public static class DeadLetterEndpoints
{
    public sealed record Replayed(string Queue, int Messages);

    public static void MapDeadLetterEndpoints(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetService<DeadLetterQueues>() is null) return;
        var group = app.MapGroup("/admin/dead-letters").WithTags("Operations").RequireRoles(Roles.Admin);

        group.MapGet("/", async (ReceiveQueues queues, DeadLetterQueues letters, CancellationToken ct) =>
                TypedResults.Ok(await Task.WhenAll(queues.Names.Select(q => letters.CountAsync(q, ct)))))
            .WithName("ListDeadLetterQueues")
            .WithSummary("This service's queues and how many poison messages each has parked.");

        group.MapGet("/{queue}", async Task<Results<Ok<IReadOnlyList<DeadLetter>>, NotFound>> (
                    string queue, ReceiveQueues queues, DeadLetterQueues letters, CancellationToken ct, int max = 20) =>
                queues.Contains(queue) ? TypedResults.Ok(await letters.PeekAsync(queue, Math.Clamp(max, 1, 100), ct)) : TypedResults.NotFound())
            .WithName("PeekDeadLetters")
            .WithSummary("The first poison messages of a queue and why they failed; they stay parked.");

        group.MapPost("/{queue}/replay", async Task<Results<Ok<Replayed>, NotFound>> (
                    string queue, ReceiveQueues queues, DeadLetterQueues letters, CancellationToken ct, int max = 1000) =>
                queues.Contains(queue)
                    ? TypedResults.Ok(new Replayed(queue, await letters.ReplayAsync(queue, Math.Clamp(max, 1, 10_000), ct)))
                    : TypedResults.NotFound())
            .WithName("ReplayDeadLetters")
            .WithSummary("Moves parked messages back to their queue, once the cause of the failure is fixed.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
