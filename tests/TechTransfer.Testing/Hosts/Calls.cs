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

    public static Task<HttpResponseMessage> PostAsync(this HttpClient client, string url, object body, long? ifMatch = null) =>
        client.SendAsync(HttpMethod.Post, url, body, ifMatch);

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

    /// <summary>A decimal as MassTransit writes it on the wire (a JSON string, so no precision is lost) or as a number.</summary>
    public static decimal WireDecimal(this JsonElement message, string property) =>
        message.GetProperty(property) is { ValueKind: JsonValueKind.String } text
            ? decimal.Parse(text.GetString()!, System.Globalization.CultureInfo.InvariantCulture)
            : message.GetProperty(property).GetDecimal();
}
