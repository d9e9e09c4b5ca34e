using Marten;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Http.Owners;

namespace TechTransfer.Licensing.Api.KnownTechnologies.Remote;

/// <summary>
/// What Licensing knows of a technology when it must decide (signing): the local read model first; for a
/// technology it never heard of, Disclosures' REST API. Fails closed: when Disclosures cannot be reached
/// (refused, timed out, 5xx, circuit open) the answer is a 503 naming the rule <c>disclosures-is-reachable</c>,
/// never a guess. What the API said is kept as local facts (non-confidential fields only).
/// </summary>
public sealed class TechnologyLookup(IDocumentSession session, IDisclosuresTechnologies disclosures, ILogger<TechnologyLookup> logger)
{
    public async Task<KnownTechnology?> FindAsync(Guid id, CancellationToken ct)
    {
        if (await KnownTechnology.LoadAsync(session, id, ct) is { } known) return known;

        if (await OwnerQuestions.AskAsync(c => disclosures.GetTechnologyAsync(id, c), Down, logger, $"technology {id}", ct) is not { } remote)
            return null;

        var facts = RemoteFacts.From(remote);
        session.Store(facts.Disclosed);
        if (facts.Marketed is { } m) session.Store(m);
        if (facts.Ownership is { } o) session.Store(o);
        if (facts.Inventors is { } i) session.Store(i);
        if (facts.Abandoned is { } a) session.Store(a);
        await session.SaveChangesAsync(ct);
        return KnownTechnology.Compose(id, facts.Disclosed, facts.Marketed, facts.Ownership, facts.Inventors, facts.Abandoned);
    }

    private static DomainRuleViolation Down() => DisclosuresOwner.Down("that the technology is marketed and its IP ownership agreed", "nothing was signed");
}

/// <summary>The non-confidential facts in Disclosures' answer, as the same documents the consumers keep.</summary>
public sealed record RemoteFacts(
    TechnologyDisclosedFact Disclosed, TechnologyMarketedFact? Marketed, TechnologyOwnershipFact? Ownership,
    TechnologyInventorsFact? Inventors, TechnologyAbandonedFact? Abandoned)
{
    public static RemoteFacts From(RemoteTechnology t) => new(
        new TechnologyDisclosedFact(t.Id, t.Title, t.Facility, t.Field, t.DisclosedAt, DateTimeOffset.UtcNow),
        t.Marketing is { } m ? new TechnologyMarketedFact(t.Id, m.PublicTitle, t.Facility, t.Field ?? "", 0, m.At) : null,
        t.Ownership is { } o ? new TechnologyOwnershipFact(t.Id, [.. o.Owners.Select(x => new OwnerPart(x.Name, x.Kind, x.Share))], o.AgreementReference, o.At) : null,
        t.Inventors is { Count: > 0 } i ? new TechnologyInventorsFact(t.Id, [.. i.Select(x => new InventorPart(x.InventorId, x.Share))], t.DisclosedAt) : null,
        t.Abandonment is { } a ? new TechnologyAbandonedFact(t.Id, a.At) : null);
}
