using System.Net;
using Refit;

namespace TechTransfer.SampleData;

/// <summary>
/// Services learn from each other over the bus, a moment after the call that caused it. A command refused
/// because the other service has not heard yet (409/422/404) is tried again for a while, then the error stands.
/// </summary>
public static class Settle
{
    public static async Task<T> RetryAsync<T>(Func<Task<T>> call, CancellationToken ct, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            try
            {
                return await call();
            }
            catch (ApiException e) when (DateTime.UtcNow < deadline &&
                e.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity or HttpStatusCode.NotFound)
            {
                await Task.Delay(500, ct);
            }
        }
    }

    public static Task RetryAsync(Func<Task> call, CancellationToken ct, int seconds = 60) =>
        RetryAsync(async () => { await call(); return true; }, ct, seconds);

    /// <summary>Waits until <paramref name="probe"/> holds (a read model caught up), or gives up saying what it waited for.</summary>
    public static async Task UntilAsync(Func<Task<bool>> probe, string what, CancellationToken ct, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await probe())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Gave up waiting for {what}.");
            await Task.Delay(500, ct);
        }
    }
}
