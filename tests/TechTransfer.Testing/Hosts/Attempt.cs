using System.Net;
using System.Text.Json;
using Refit;

namespace TechTransfer.Testing.Hosts;

/// <summary>
/// SDK calls made at once where some must be refused: each call's answer or its refusal, to count and check after
/// <see cref="Task.WhenAll{TResult}(IEnumerable{Task{TResult}})"/> (one refusal is checked with <see cref="SdkCalls.RefusedAsync"/>).
/// </summary>
public static class Attempt
{
    public static async Task<Attempt<T>> Of<T>(Func<Task<T>> call) where T : class
    {
        try
        {
            return new Attempt<T>(await call(), null);
        }
        catch (ApiException refused)
        {
            return new Attempt<T>(null, refused);
        }
    }
}

/// <summary>An SDK call's answer, or the <see cref="ApiException"/> it was refused with.</summary>
public sealed record Attempt<T>(T? Answer, ApiException? Refusal) where T : class
{
    public bool Succeeded => Refusal is null;

    /// <summary>Refused with <paramref name="status"/> and a ProblemDetails naming <paramref name="rule"/>.</summary>
    public bool RefusedBy(HttpStatusCode status, string rule) =>
        Refusal is { Content: { } content } refusal && refusal.StatusCode == status
        && refusal.ContentHeaders?.ContentType?.MediaType == "application/problem+json" && JsonDocument.Parse(content).RootElement.Rule() == rule;
}
