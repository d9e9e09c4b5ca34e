using Marten;
using TechTransfer.BuildingBlocks.Http.Owners;
using TechTransfer.BuildingBlocks.Writes;

namespace TechTransfer.Licensing.Api.KnownTechnologies.Remote;

/// <summary>
/// What Licensing knows of a technology when it must decide: the local read model first; when that would refuse
/// only because a fact has not arrived yet (never heard of, or known but not marketed, or ownership not agreed),
/// the owner, Disclosures, is asked over REST, so a refusal is one Disclosures confirms. Abandonment is final and
/// needs no confirmation. Fails closed: when Disclosures cannot be reached (refused, timed out, 5xx, circuit
/// open) the answer is a 503 naming the rule <c>disclosures-is-reachable</c>, never a guess.
/// </summary>
public sealed class TechnologyLookup(ISessionFactory sessions, IQuerySession query, IDisclosuresTechnologies disclosures, TimeProvider clock,
    ILogger<TechnologyLookup> logger)
{
    /// <summary>How often keeping the learned facts is tried again after losing a race with a consumer.</summary>
    public const int KeepAttempts = 3;

    /// <summary>For a signature: marketed and ownership agreed, confirmed by Disclosures when not heard yet. What it said is kept as local facts.</summary>
    public Task<KnownTechnology?> ForSigningAsync(Guid id, CancellationToken ct) =>
        FindAsync(id, known => known is { Abandoned: true } or { Marketed: true, OwnershipAgreed: true }, ct);

    /// <summary>Any technology Disclosures has (patent costs are recorded long before marketing); null when Disclosures confirms there is none.</summary>
    public Task<KnownTechnology?> ExistingAsync(Guid id, CancellationToken ct) => FindAsync(id, known => known is not null, ct);

    private async Task<KnownTechnology?> FindAsync(Guid id, Func<KnownTechnology?, bool> enough, CancellationToken ct)
    {
        var local = await TechnologyFacts.LoadAsync(query, id, ct);
        var known = local.Compose(id);
        if (enough(known)) return known;

        var remote = await AskAsync(() => disclosures.GetTechnologyAsync(id, ct), id, ct);
        if (remote is null) return known;
        var learned = RemoteFacts.From(remote, clock.GetUtcNow());
        await KeepAsync(id, learned, ct);
        return local.WithNewer(learned).Compose(id);
    }

    /// <summary>
    /// For an expression of interest: in the public catalogue (marketed, not abandoned), confirmed by Disclosures'
    /// catalogue with the partner's own key when not heard yet. Nothing is kept: the catalogue entry carries too
    /// little to stand for the marketing fact, which the consumer brings moments later.
    /// </summary>
    public async Task<KnownTechnology?> ForCatalogueAsync(Guid id, CancellationToken ct)
    {
        var local = await TechnologyFacts.LoadAsync(query, id, ct);
        var known = local.Compose(id);
        if (known is { Abandoned: true } or { Marketed: true }) return known;

        var entry = await AskAsync(() => disclosures.GetCatalogueEntryAsync(id, ct), id, ct);
        if (entry is null) return known;
        var listed = new TechnologyMarketedFact(id, entry.Title, entry.Facility, entry.Field ?? "", 0, entry.PublishedAt ?? clock.GetUtcNow());
        return local.WithNewer(new TechnologyFacts(null, listed, null, null, null)).Compose(id);
    }

    /// <summary>Disclosures' answer, or null when it says the technology is not there (404); 503 when it cannot answer.</summary>
    private Task<T?> AskAsync<T>(Func<Task<T>> ask, Guid id, CancellationToken ct) where T : class =>
        OwnerQuestions.AskAsync(_ => ask(), Down, logger, $"technology {id}", ct);

    /// <summary>
    /// Keeps what Disclosures said, as a cache. The consumers may be writing the very same documents at this moment
    /// (their messages were in flight: that is why Licensing had not heard), so each fact is written newest-wins and
    /// version-checked, on a session of its own (never the command's transaction), and losing that race is not the
    /// command's conflict: the facts are read again and the newer kept, and after a few lost races the cache is left
    /// to the consumers. (Stored blindly, the consumer's concurrent insert would be a version conflict surfacing as the
    /// signature's 409.)
    /// </summary>
    private async Task KeepAsync(Guid id, TechnologyFacts learned, CancellationToken ct)
    {
        for (var attempt = 1; attempt <= KeepAttempts; attempt++)
        {
            await using var session = sessions.OpenSession();
            try
            {
                var held = await TechnologyFacts.LoadAsync(session, id, ct);
                var kept = held.WithNewer(learned);
                if (held.Disclosed is null && kept.Disclosed is { } d) session.Insert(d);
                if (!ReferenceEquals(held.Marketed, kept.Marketed)) session.InsertOrUpdate(held.Marketed, kept.Marketed!);
                if (!ReferenceEquals(held.Ownership, kept.Ownership)) session.InsertOrUpdate(held.Ownership, kept.Ownership!);
                if (!ReferenceEquals(held.Inventors, kept.Inventors)) session.InsertOrUpdate(held.Inventors, kept.Inventors!);
                if (held.Abandoned is null && kept.Abandoned is { } a) session.Insert(a);
                await session.SaveChangesAsync(ct);
                return;
            }
            catch (Exception e) when (WriteConflicts.IsConflictOrInserted(e))
            {
                logger.LogInformation("Keeping Disclosures' answer about technology {TechnologyId} lost a race with a consumer (try {Attempt})", id, attempt);
                await WriteConflicts.BackOffAsync(attempt, ct);
            }
        }
    }

    private static OwnerUnavailableException Down() =>
        DisclosuresOwner.Down("what Licensing has not heard yet about the technology", "nothing was written");
}

/// <summary>The non-confidential facts in Disclosures' answer, as the same documents the consumers keep.</summary>
public static class RemoteFacts
{
    public static TechnologyFacts From(RemoteTechnology t, DateTimeOffset learnedAt) => new(
        new TechnologyDisclosedFact(t.Id, t.Title, t.Facility, t.Field, t.DisclosedAt, learnedAt),
        t.Marketing is { } m ? new TechnologyMarketedFact(t.Id, m.PublicTitle, t.Facility, t.Field ?? "", 0, m.At) : null,
        t.Ownership is { } o ? new TechnologyOwnershipFact(t.Id, [.. o.Owners.Select(x => new OwnerPart(x.Name, x.Kind, x.Share))], o.AgreementReference, o.At) : null,
        t.Inventors is { Count: > 0 } i ? new TechnologyInventorsFact(t.Id, [.. i.Select(x => new InventorPart(x.InventorId, x.Share))], t.DisclosedAt) : null,
        t.Abandonment is { } a ? new TechnologyAbandonedFact(t.Id, a.At) : null);
}
