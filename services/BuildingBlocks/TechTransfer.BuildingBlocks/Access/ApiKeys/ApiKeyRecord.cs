namespace TechTransfer.BuildingBlocks.Access.ApiKeys;

/// <summary>A key as every service knows it (from the issuer's events): enough to authenticate, never the secret.</summary>
public sealed record ApiKeyRecord(Guid Id, Guid OrganisationId, string OrganisationKind, string Label, string SecretHash, DateTimeOffset IssuedAt)
{
    public DateTimeOffset? RevokedAt { get; init; }
}

/// <summary>The kinds of organisation a key can be bound to.</summary>
public static class OrganisationKinds
{
    public const string Licensee = "licensee";
    public const string Investor = "investor";
    public const string Incubator = "incubator";
    public const string Portal = "portal";

    public static readonly IReadOnlyList<string> All = [Licensee, Investor, Incubator, Portal];
}
