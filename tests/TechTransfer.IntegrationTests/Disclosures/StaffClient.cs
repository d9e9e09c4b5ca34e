using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace TechTransfer.IntegrationTests.Disclosures;

/// <summary>Sends staff commands the way a client does: JSON bodies, If-Match with the last ETag when asked.</summary>
public static class StaffClient
{
    public static async Task<HttpResponseMessage> SendAsync(this HttpClient client, HttpMethod method, string url, object body, long? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) };
        if (ifMatch is { } version) request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>Sends a command that must succeed; returns the new version.</summary>
    public static async Task<long> CommandAsync(this HttpClient client, HttpMethod method, string url, object body, long? ifMatch = null)
    {
        var response = await client.SendAsync(method, url, body, ifMatch);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.IsSuccessStatusCode.ShouldBeTrue($"{method} {url} answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("version").GetInt64();
    }

    public static async Task<Guid> DiscloseAsync(this HttpClient client, object disclosure)
    {
        var response = await client.PostAsJsonAsync("/technologies", disclosure, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.IsSuccessStatusCode.ShouldBeTrue(text);
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.IsSuccessStatusCode.ShouldBeTrue($"GET {url} answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
