using System.Net;
using System.Net.Sockets;
using Polly.CircuitBreaker;
using Refit;

namespace TechTransfer.FaultSuite;

/// <summary>How a call ended, as a caller can tell: what it may retry safely, and what it cannot know.</summary>
public enum Outcome
{
    /// <summary>The request never reached the service (connection refused, the SDK's circuit open, 429): safe to send again.</summary>
    NotSent,

    /// <summary>The service answered with a refusal (4xx): nothing was written.</summary>
    Refused,

    /// <summary>No answer, a timeout or a 5xx: the write may or may not have happened.</summary>
    Unknown,
}

public static class Calls
{
    public static Outcome Classify(Exception e) => e switch
    {
        ApiException { StatusCode: HttpStatusCode.TooManyRequests } => Outcome.NotSent,
        ApiException { StatusCode: var status } when (int)status is >= 400 and < 500 => Outcome.Refused,
        BrokenCircuitException => Outcome.NotSent,
        HttpRequestException { InnerException: SocketException { SocketErrorCode: SocketError.ConnectionRefused } } => Outcome.NotSent,
        _ => Outcome.Unknown,
    };

    /// <summary>A 500 is a defect whatever the fault: the API answers an outage with 503.</summary>
    public static bool IsServerError(Exception e) => e is ApiException { StatusCode: HttpStatusCode.InternalServerError };

    public static string Describe(Exception e) => e switch
    {
        ApiException api => $"{(int)api.StatusCode} {api.Content?[..Math.Min(api.Content.Length, 300)]}",
        ApiRequestException request => $"{request.HttpMethod} {request.Uri}: {request.InnerException?.Message ?? request.Message}",
        _ => $"{e.GetType().Name}: {e.Message}",
    };
}
