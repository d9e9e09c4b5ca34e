namespace TechTransfer.BuildingBlocks.Access.ApiKeys;

/// <summary>The issuing service's own record that a key was issued (its stream starts here).</summary>
public sealed record ApiKeyIssued(Guid KeyId, Guid OrganisationId, string OrganisationKind, string Label, string SecretHash, DateTimeOffset IssuedAt);

public sealed record ApiKeyRevoked(Guid KeyId, DateTimeOffset RevokedAt);
