using Marten;

namespace TechTransfer.Disclosures.Api.Technologies.Scoreboard.Feeds;

public static class TechnologyFacilities
{
    /// <summary>The facilities that disclosed these technologies here; technologies we never heard of have none.</summary>
    public static async Task<IReadOnlyList<string>> FacilitiesOfAsync(this IQuerySession session, IEnumerable<Guid> technologyIds, CancellationToken ct)
    {
        var technologies = await session.LoadManyAsync<Technology>(ct, technologyIds.Distinct());
        return [.. technologies.Select(t => t.Facility).Distinct().Order(StringComparer.Ordinal)];
    }
}
