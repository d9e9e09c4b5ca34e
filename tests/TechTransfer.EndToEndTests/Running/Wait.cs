using System.Net;
using Refit;

namespace TechTransfer.EndToEndTests.Running;

/// <summary>Services learn from each other over the bus a moment later: wait for it, with a bound, and say what was awaited.</summary>
public static class Wait
{
    public static async Task<T> ForAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var value = await read();
            if (done(value)) return value;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Waited {seconds} s for {what}; last seen: {value}");
            await Task.Delay(250);
        }
    }

    /// <summary>Retries a command another service refuses until it has heard the news (404, 409, 422; 401 for a key not learned yet).</summary>
    public static async Task<T> UntilAcceptedAsync<T>(Func<Task<T>> command, string what, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            try
            {
                return await command();
            }
            catch (ApiException e) when (DateTime.UtcNow < deadline && e.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Conflict
                or HttpStatusCode.UnprocessableEntity or HttpStatusCode.Unauthorized or HttpStatusCode.ServiceUnavailable)
            {
                await Task.Delay(250);
            }
            catch (ApiException e)
            {
                throw new InvalidOperationException($"{what} was refused: {e.StatusCode} {e.Content}", e);
            }
        }
    }
}
