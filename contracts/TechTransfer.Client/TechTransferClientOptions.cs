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
}
