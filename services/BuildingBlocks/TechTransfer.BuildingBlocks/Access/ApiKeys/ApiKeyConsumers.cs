using Marten;
using MassTransit;
using Microsoft.Extensions.Logging;
using TechTransfer.BuildingBlocks.Messaging.Inbox;
using Contract = TechTransfer.Contracts.Access;

namespace TechTransfer.BuildingBlocks.Access.ApiKeys;

/// <summary>Every service learns each issued key, so it can authenticate partners without asking anyone.</summary>
public sealed class ApiKeyIssuedConsumer(ISessionFactory sessions, ILogger<ApiKeyIssuedConsumer> logger)
    : IdempotentConsumer<Contract.ApiKeyIssued>(sessions, logger)
{
    protected override async Task HandleAsync(Contract.ApiKeyIssued m, IDocumentSession session, ConsumeContext<Contract.ApiKeyIssued> context)
    {
        // A revocation that overtook its issuance (another queue, a replay) must win.
        var known = await session.LoadAsync<ApiKeyRecord>(m.KeyId, context.CancellationToken);
        session.Store(new ApiKeyRecord(m.KeyId, m.OrganisationId, m.OrganisationKind, m.Label, m.SecretHash, m.IssuedAt)
        {
            RevokedAt = known?.RevokedAt,
        });
    }
}

public sealed class ApiKeyRevokedConsumer(ISessionFactory sessions, ILogger<ApiKeyRevokedConsumer> logger)
    : IdempotentConsumer<Contract.ApiKeyRevoked>(sessions, logger)
{
    protected override async Task HandleAsync(Contract.ApiKeyRevoked m, IDocumentSession session, ConsumeContext<Contract.ApiKeyRevoked> context)
    {
        var known = await session.LoadAsync<ApiKeyRecord>(m.KeyId, context.CancellationToken);
        session.Store((known ?? new ApiKeyRecord(m.KeyId, Guid.Empty, "", "", "", m.RevokedAt)) with { RevokedAt = m.RevokedAt });
    }
}
