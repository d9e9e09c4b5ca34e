using Marten;

namespace TechTransfer.Incubation.Api.Technologies;

/// <summary>
/// A technology as Incubation knows it from Disclosures' events: title and facility, and whether its IP ownership is
/// agreed. A local copy, so founding a start-up calls Disclosures only about what it has not heard yet. The two facts
/// come through different queues in either order, so each is its own document written by its own consumer (no
/// consumer overwrites the other's fact); a fact not heard yet is null, never a placeholder.
/// </summary>
public sealed record KnownTechnology(Guid Id, string? Title, string? Facility, bool IpOwnershipAgreed, string? AgreementReference, DateTimeOffset? AgreedAt)
{
    /// <summary>Both facts heard: enough to found a start-up on it without asking Disclosures.</summary>
    public bool IsComplete => Title is not null && Facility is not null && IpOwnershipAgreed;

    public static KnownTechnology? Of(Guid id, TechnologyDisclosure? disclosure, TechnologyIpAgreement? agreement) =>
        disclosure is null && agreement is null
            ? null
            : new KnownTechnology(id, disclosure?.Title, disclosure?.Facility, agreement is not null, agreement?.AgreementReference, agreement?.AgreedAt);

    /// <summary>The technologies among <paramref name="ids"/> that Incubation has heard of.</summary>
    public static async Task<IReadOnlyDictionary<Guid, KnownTechnology>> LoadAsync(IQuerySession session, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var array = ids.ToArray();
        var disclosures = (await session.LoadManyAsync<TechnologyDisclosure>(ct, array)).ToDictionary(d => d.Id);
        var agreements = (await session.LoadManyAsync<TechnologyIpAgreement>(ct, array)).ToDictionary(a => a.Id);
        return array.Select(id => Of(id, disclosures.GetValueOrDefault(id), agreements.GetValueOrDefault(id))).OfType<KnownTechnology>().ToDictionary(t => t.Id);
    }
}
