using System.Net;
using System.Text.Json;
using Refit;
using TechTransfer.Client;

namespace TechTransfer.Testing.Hosts;

/// <summary>SDK clients over a test host's client, and how a refusal looks through the SDK.</summary>
public static class SdkCalls
{
    /// <summary>A Refit client of <typeparamref name="TApi"/> on <paramref name="client"/> (a test host's, authenticated with a token).</summary>
    public static TApi For<TApi>(HttpClient client) =>
        RestService.For<TApi>(client, new RefitSettings { ContentSerializer = new SystemTextJsonContentSerializer(ClientJson.Options) });

    /// <summary>
    /// The call is refused with <paramref name="status"/>: Refit throws <see cref="ValidationApiException"/> (an
    /// <see cref="ApiException"/>) whose content is the ProblemDetails. Returns the problem's JSON.
    /// </summary>
    public static async Task<JsonElement> RefusedAsync(Func<Task> call, HttpStatusCode status)
    {
        var refused = await Should.ThrowAsync<ApiException>(call);
        refused.StatusCode.ShouldBe(status, refused.Content);
        refused.ContentHeaders!.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = refused.ShouldBeOfType<ValidationApiException>().Content.ShouldNotBeNull();
        problem.Status.ShouldBe((int)status);
        return JsonDocument.Parse(((ApiException)refused).Content!).RootElement.Clone();
    }

    /// <summary>The rule a 409/422 names.</summary>
    public static string? Rule(this JsonElement problem) => problem.TryGetProperty("rule", out var rule) ? rule.GetString() : null;
}
