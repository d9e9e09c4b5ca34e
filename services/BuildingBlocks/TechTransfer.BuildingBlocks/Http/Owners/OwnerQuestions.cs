using System.Net;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Refit;

namespace TechTransfer.BuildingBlocks.Http.Owners;

/// <summary>Asking the owning service, failing closed.</summary>
public static class OwnerQuestions
{
    /// <summary>
    /// The owner's answer, or null when it does not know the object (404). When it cannot be reached (refused, timed out,
    /// any other status, circuit open) throws <paramref name="unreachable"/> (a 503 rule): never a guess.
    /// </summary>
    public static async Task<T?> AskAsync<T>(Func<CancellationToken, Task<T>> ask, Func<OwnerUnavailableException> unreachable, ILogger logger, string what,
        CancellationToken ct) where T : class
    {
        try
        {
            return await ask(ct);
        }
        catch (ApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        catch (ApiException e)
        {
            logger.LogWarning("The owner answered {Status} about {What}", (int)e.StatusCode, what);
            throw unreachable();
        }
        catch (Exception e) when (e is ApiRequestException or HttpRequestException or TimeoutRejectedException or BrokenCircuitException or TaskCanceledException
                                      && !ct.IsCancellationRequested)
        {
            logger.LogWarning(e, "The owner could not be reached about {What}", what);
            throw unreachable();
        }
    }
}
