namespace TechTransfer.Client;

/// <summary>Where the four services listen and how to authenticate: an API key (partner systems) or a bearer token.</summary>
public sealed class TechTransferClientOptions
{
    public Uri? Disclosures { get; set; }
    public Uri? Licensing { get; set; }
    public Uri? Incubation { get; set; }
    public Uri? Financing { get; set; }

    /// <summary>An API key issued by the transfer office (<c>ttk_…</c>), sent as <c>X-Api-Key</c>.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Gives a bearer token for each request (staff tools, tests); wins over <see cref="ApiKey"/> when set.</summary>
    public Func<CancellationToken, ValueTask<string>>? BearerToken { get; set; }

    /// <summary>Limits of the standard resilience handler; the defaults suit calls over a network.</summary>
    public TimeSpan TotalRequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>One attempt's limit (at most half the circuit breaker's 30 s sampling window).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries of safe requests (GET, HEAD, OPTIONS…) on transient failures; writes are never retried.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>
    /// Optional: the innermost handler, for a transport of your own (an in-memory test server, a proxy, client
    /// certificates). Called once per handler the HTTP client factory builds.
    /// </summary>
    public Func<HttpMessageHandler>? PrimaryHandler { get; set; }
}
