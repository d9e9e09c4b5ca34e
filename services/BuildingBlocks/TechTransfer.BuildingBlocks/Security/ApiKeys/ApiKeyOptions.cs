namespace TechTransfer.BuildingBlocks.Security.ApiKeys;

/// <summary>Settings under <c>Security:ApiKeys</c>.</summary>
public sealed class ApiKeyOptions
{
    public const string Section = "Security:ApiKeys";

    /// <summary>True in the one service that issues and revokes keys (Disclosures: the transfer office's).</summary>
    public bool Issuer { get; set; }
}
