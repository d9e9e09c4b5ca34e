using System.ComponentModel.DataAnnotations;
using TechTransfer.BuildingBlocks.Domain;

namespace TechTransfer.Disclosures.Api.Technologies.Disclose;

/// <summary>What a transfer office logs when a researcher discloses an invention.</summary>
public sealed record DiscloseTechnology(
    [Required, StringLength(300, MinimumLength = 3)] string Title,
    [Required, StringLength(100, MinimumLength = 2)] string Facility);

public static class DiscloseTechnologyDecision
{
    /// <summary>Pure: the command and the clock in, the first event of the technology out.</summary>
    public static TechnologyDisclosed Decide(Guid technologyId, DiscloseTechnology command, DateTimeOffset now)
    {
        var title = command.Title.Trim();
        var facility = command.Facility.Trim();
        if (title.Length < 3)
            throw new DomainRuleViolation("title-is-meaningful", "A technology needs a title of at least 3 characters besides spaces.");
        if (facility.Length < 2)
            throw new DomainRuleViolation("facility-is-named", "Name the facility whose R&D produced the technology.");
        return new TechnologyDisclosed(technologyId, title, facility, now);
    }
}
