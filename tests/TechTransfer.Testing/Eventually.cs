namespace TechTransfer.Testing;

/// <summary>Waits for something that happens asynchronously (a message consumed, a projection caught up).</summary>
public static class Eventually
{
    public static async Task<T> GetAsync<T>(Func<Task<T?>> probe, string what, TimeSpan? within = null) where T : class
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            if (await probe() is { } value) return value;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Timed out waiting for {what}.");
            await Task.Delay(100);
        }
    }

    public static async Task TrueAsync(Func<Task<bool>> probe, string what, TimeSpan? within = null) =>
        await GetAsync(async () => await probe() ? "yes" : null, what, within);
}
