namespace TechTransfer.Disclosures.Api.Technologies;

/// <summary>A technology's current state, folded from its stream (and kept inline as a snapshot for reads).</summary>
public sealed record Technology(Guid Id, string Title, string Facility, DateTimeOffset DisclosedAt)
{
    /// <summary>The stream version, set by Marten: the ETag of the technology.</summary>
    public long Version { get; set; }

    public static Technology Create(TechnologyDisclosed e) => new(e.TechnologyId, e.Title, e.Facility, e.DisclosedAt);
}
