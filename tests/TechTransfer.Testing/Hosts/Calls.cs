using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace TechTransfer.Testing.Hosts;

/// <summary>JSON calls the way a client makes them, with If-Match when asked; for what the SDK cannot send (bad input, raw headers).</summary>
public static class Calls
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<HttpResponseMessage> SendAsync(this HttpClient client, HttpMethod method, string url, object body, long? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) };
        if (ifMatch is { } version) request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        return await client.SendAsync(request, Ct);
    }

    /// <summary>Sends a command that must succeed; returns the new version.</summary>
    public static async Task<long> CommandAsync(this HttpClient client, HttpMethod method, string url, object body, long? ifMatch = null)
    {
        var response = await client.SendAsync(method, url, body, ifMatch);
        var text = await response.Content.ReadAsStringAsync(Ct);
        response.IsSuccessStatusCode.ShouldBeTrue($"{method} {url} answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("version").GetInt64();
    }

    public static async Task<Guid> DiscloseAsync(this HttpClient client, object disclosure)
    {
        var response = await client.PostAsJsonAsync("/technologies", disclosure, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        response.IsSuccessStatusCode.ShouldBeTrue(text);
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }

    public static Task<HttpResponseMessage> PostAsync(this HttpClient client, string url, object body, long? ifMatch = null) =>
        client.SendAsync(HttpMethod.Post, url, body, ifMatch);

    public static async Task<JsonElement> PostOkAsync(this HttpClient client, string url, object body, long? ifMatch = null)
    {
        var response = await client.PostAsync(url, body, ifMatch);
        var text = await response.Content.ReadAsStringAsync(Ct);
        response.IsSuccessStatusCode.ShouldBeTrue($"POST {url} answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> GetOkAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        response.IsSuccessStatusCode.ShouldBeTrue($"GET {url} answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>A refusal: its status, ProblemDetails content type, and the body (to look for the rule or field).</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, int status)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        ((int)response.StatusCode).ShouldBe(status, text);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static decimal Amount(this JsonElement money) => money.GetProperty("amount").GetDecimal();

    /// <summary>A decimal as MassTransit writes it on the wire (a JSON string, so no precision is lost) or as a number.</summary>
    public static decimal WireDecimal(this JsonElement message, string property) =>
        message.GetProperty(property) is { ValueKind: JsonValueKind.String } text
            ? decimal.Parse(text.GetString()!, System.Globalization.CultureInfo.InvariantCulture)
            : message.GetProperty(property).GetDecimal();
}
