namespace TechTransfer.Client.Admin;

/// <summary>Issue a key to a partner organisation; <see cref="OrganisationKind"/> is one of <see cref="OrganisationKinds"/>.</summary>
public sealed record IssueApiKey(Guid OrganisationId, string OrganisationKind, string Label);

/// <summary>The only time the key itself is shown: store <see cref="ApiKey"/> now.</summary>
public sealed record IssuedApiKey(Guid KeyId, string ApiKey, Guid OrganisationId, string OrganisationKind, string Label);

/// <summary>A key as listed: never the secret.</summary>
public sealed record ApiKeySummary(Guid KeyId, Guid OrganisationId, string OrganisationKind, string Label, DateTimeOffset IssuedAt, DateTimeOffset? RevokedAt);

/// <summary>The kinds of organisation a key acts for.</summary>
public static class OrganisationKinds
{
    public const string Licensee = "licensee";
    public const string Investor = "investor";
    public const string Incubator = "incubator";
    public const string Portal = "portal";
}
