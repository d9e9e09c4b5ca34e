using Marten;

namespace TechTransfer.Licensing.Api.KnownTechnologies;

/// <summary>An IP owner and its share in percent; <see cref="Kind"/> as Disclosures says it (facility, firm, university, other).</summary>
public sealed record OwnerPart(string Name, string Kind, decimal Share)
{
    public bool IsFacility => string.Equals(Kind, "facility", StringComparison.OrdinalIgnoreCase);
}

/// <summary>An inventor (id only, never a name) and its contribution share in percent.</summary>
public sealed record InventorPart(Guid InventorId, decimal Share);

// One document per fact Disclosures publishes, keyed by the technology id: each consumer writes its own
// document and never reads-modifies-writes another's, so facts arriving concurrently or out of order never
// overwrite each other. KnownTechnology is their composition.
public sealed record TechnologyDisclosedFact(Guid Id, string Title, string Facility, string? Field, DateTimeOffset DisclosedAt, DateTimeOffset LearnedAt);

public sealed record TechnologyMarketedFact(Guid Id, string PublicTitle, string Facility, string Field, int Phase, DateTimeOffset PublishedAt);

public sealed record TechnologyOwnershipFact(Guid Id, IReadOnlyList<OwnerPart> Owners, string AgreementReference, DateTimeOffset AgreedAt);

public sealed record TechnologyInventorsFact(Guid Id, IReadOnlyList<InventorPart> Inventors, DateTimeOffset SetAt);

public sealed record TechnologyAbandonedFact(Guid Id, DateTimeOffset AbandonedAt);

/// <summary>
/// Licensing's local read model of a technology, from what Disclosures published (or, for a technology never
/// heard of, from its REST API): facility, title, marketed or not, IP owners and inventors' shares. Staff only:
/// owners and inventor shares never reach a partner.
/// </summary>
public sealed record KnownTechnology(
    Guid Id, string Title, string Facility, string? Field, DateTimeOffset? DisclosedAt, bool Marketed, string? PublicTitle,
    bool OwnershipAgreed, IReadOnlyList<OwnerPart> Owners, IReadOnlyList<InventorPart> Inventors, bool Abandoned)
{
    /// <summary>The name partners may see: the marketing title when there is one.</summary>
    public string PublicName => PublicTitle ?? Title;

    public static KnownTechnology? Compose(Guid id, TechnologyDisclosedFact? disclosed, TechnologyMarketedFact? marketed,
        TechnologyOwnershipFact? ownership, TechnologyInventorsFact? inventors, TechnologyAbandonedFact? abandoned) =>
        disclosed is null && marketed is null && ownership is null && inventors is null && abandoned is null
            ? null
            : new KnownTechnology(id, disclosed?.Title ?? marketed?.PublicTitle ?? "", disclosed?.Facility ?? marketed?.Facility ?? "",
                disclosed?.Field ?? marketed?.Field, disclosed?.DisclosedAt, marketed is not null, marketed?.PublicTitle,
                ownership is not null, ownership?.Owners ?? [], inventors?.Inventors ?? [], abandoned is not null);

    public static async Task<KnownTechnology?> LoadAsync(IQuerySession session, Guid id, CancellationToken ct) =>
        (await TechnologyFacts.LoadAsync(session, id, ct)).Compose(id);
}

/// <summary>The fact documents held for one technology, read together; any may be missing (not heard yet).</summary>
public sealed record TechnologyFacts(
    TechnologyDisclosedFact? Disclosed, TechnologyMarketedFact? Marketed, TechnologyOwnershipFact? Ownership,
    TechnologyInventorsFact? Inventors, TechnologyAbandonedFact? Abandoned)
{
    public KnownTechnology? Compose(Guid id) => KnownTechnology.Compose(id, Disclosed, Marketed, Ownership, Inventors, Abandoned);

    /// <summary>
    /// Each fact from whichever side has it, the newer by the publisher's own time when both do (as the consumers
    /// decide): what Disclosures answered over REST never undoes a newer fact heard over the bus, nor the reverse.
    /// </summary>
    public TechnologyFacts WithNewer(TechnologyFacts other) => new(
        Disclosed ?? other.Disclosed,
        Newer(Marketed, other.Marketed, f => f.PublishedAt),
        Newer(Ownership, other.Ownership, f => f.AgreedAt),
        Newer(Inventors, other.Inventors, f => f.SetAt),
        Abandoned ?? other.Abandoned);

    private static T? Newer<T>(T? held, T? other, Func<T, DateTimeOffset> at) where T : class =>
        held is null ? other : other is null ? held : at(other) > at(held) ? other : held;

    public static async Task<TechnologyFacts> LoadAsync(IQuerySession session, Guid id, CancellationToken ct)
    {
        var batch = session.CreateBatchQuery();
        var disclosed = batch.Load<TechnologyDisclosedFact>(id);
        var marketed = batch.Load<TechnologyMarketedFact>(id);
        var ownership = batch.Load<TechnologyOwnershipFact>(id);
        var inventors = batch.Load<TechnologyInventorsFact>(id);
        var abandoned = batch.Load<TechnologyAbandonedFact>(id);
        await batch.Execute(ct);
        return new(await disclosed, await marketed, await ownership, await inventors, await abandoned);
    }
}
