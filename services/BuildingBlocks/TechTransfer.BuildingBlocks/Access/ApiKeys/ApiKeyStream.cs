using System.ComponentModel;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace TechTransfer.BuildingBlocks.Access.ApiKeys;

/// <summary>A key as the issuer decides on it, folded from its stream: a revoke refuses nothing but an unknown key.</summary>
[DisplayName("API key")]
public sealed record ApiKeyStream(Guid Id, bool Revoked)
{
    /// <summary>Null for any stream that is not a key's (an id of something else is an unknown key).</summary>
    public static ApiKeyStream? Next(ApiKeyStream? state, Guid id, object @event) => @event switch
    {
        ApiKeyIssued => new ApiKeyStream(id, Revoked: false),
        ApiKeyRevoked when state is not null => state with { Revoked = true },
        _ => state,
    };
}

/// <summary>Live only: the issuer folds a key's stream when it writes to it; the keys every service reads are <see cref="ApiKeyRecord"/>s.</summary>
public sealed class ApiKeyStreamProjection : SingleStreamProjection<ApiKeyStream, Guid>
{
    public override ApiKeyStream? Evolve(ApiKeyStream? snapshot, Guid id, IEvent e) => ApiKeyStream.Next(snapshot, id, e.Data);
}
