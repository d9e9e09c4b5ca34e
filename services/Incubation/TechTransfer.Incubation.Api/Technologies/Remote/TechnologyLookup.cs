using Marten;
using TechTransfer.BuildingBlocks.Http.Owners;

namespace TechTransfer.Incubation.Api.Technologies.Remote;

/// <summary>
/// What Incubation knows of the technologies a start-up is founded on: the local facts first; for a technology not
/// heard of, or heard of only in part (no disclosure yet, or no IP agreement yet), Disclosures' REST API with the
/// caller's own credentials. What Disclosures says is kept as the same facts the consumers keep. Fails closed: when
/// Disclosures cannot be reached the answer is a 503 naming <c>disclosures-is-reachable</c>, never a placeholder.
/// A technology Disclosures does not know either is left out (the decision refuses it).
/// </summary>
public sealed class TechnologyLookup(IDocumentSession session, IDisclosuresTechnologies disclosures, ILogger<TechnologyLookup> logger)
{
    public async Task<IReadOnlyDictionary<Guid, KnownTechnology>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var known = new Dictionary<Guid, KnownTechnology>(await KnownTechnology.LoadAsync(session, ids, ct));
        var learned = false;
        foreach (var id in ids.Distinct().Where(id => known.GetValueOrDefault(id) is not { IsComplete: true }))
        {
            if (await OwnerQuestions.AskAsync(c => disclosures.GetTechnologyFactsAsync(id, c), Down, logger, $"technology {id}", ct) is not { } remote)
            {
                // Heard of in part here, unknown to its owner: nothing to found on.
                known.Remove(id);
                continue;
            }
            var disclosure = new TechnologyDisclosure(id, remote.Title, remote.Facility, remote.DisclosedAt);
            var agreement = remote.IpOwnership is { } o ? new TechnologyIpAgreement(id, o.AgreementReference, o.AgreedAt) : null;
            session.Store(disclosure);
            if (agreement is not null) session.Store(agreement);
            known[id] = KnownTechnology.Of(id, disclosure, agreement)!;
            learned = true;
        }
        if (learned) await session.SaveChangesAsync(ct);
        return known;
    }

    private static OwnerUnavailableException Down() => DisclosuresOwner.Down("the technology and its IP agreement", "nothing was founded");
}
