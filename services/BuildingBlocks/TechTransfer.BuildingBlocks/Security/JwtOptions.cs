namespace TechTransfer.BuildingBlocks.Security;

/// <summary>
/// Settings under <c>Security:Jwt</c>. Either <see cref="Authority"/> (any OpenID Connect provider: keys
/// come from its discovery document) or <see cref="SigningKey"/> (a shared HMAC key, for local use and
/// tests) must be set; issuer, audience and lifetime are always validated.
/// </summary>
public sealed class JwtOptions
{
    public const string Section = "Security:Jwt";

    public string Issuer { get; set; } = "techtransfer";

    public string Audience { get; set; } = "techtransfer-api";

    public string? Authority { get; set; }

    /// <summary>Base64 of at least 32 random bytes.</summary>
    public string? SigningKey { get; set; }

    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);
}
