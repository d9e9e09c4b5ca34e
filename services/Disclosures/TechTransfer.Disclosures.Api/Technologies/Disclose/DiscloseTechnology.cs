using System.ComponentModel.DataAnnotations;
using TechTransfer.BuildingBlocks.Domain;

namespace TechTransfer.Disclosures.Api.Technologies.Disclose;

/// <summary>
/// What a transfer office logs when a researcher discloses an invention (the usual disclosure form). <see cref="ReceivedOn"/>
/// is the day the form reached the office (today when omitted): an office logs paper forms late, and brings its
/// earlier portfolio in; the scoreboard counts a disclosure in the year it was received.
/// </summary>
public sealed record DiscloseTechnology(
    [Required, StringLength(300, MinimumLength = 3)] string Title,
    [Required, StringLength(100, MinimumLength = 2)] string Facility,
    [Required, StringLength(200, MinimumLength = 2)] string Lab,
    [Required, StringLength(100, MinimumLength = 2)] string Field,
    [Required, MinLength(1), MaxLength(50)] IReadOnlyList<InventorInput> Inventors,
    [Required, StringLength(50_000, MinimumLength = 10)] string ConfidentialDescription,
    [Required] DateOnly? ConceivedOn,
    [MaxLength(30)] IReadOnlyList<string>? Keywords = null,
    [MaxLength(50)] IReadOnlyList<EarlierDisclosureInput>? EarlierDisclosures = null,
    [StringLength(300)] string? FundingProgramme = null,
    DateOnly? ReceivedOn = null);

/// <summary>An inventor on a disclosure or an amendment; the server assigns the inventor id.</summary>
public sealed record InventorInput(
    [Required, StringLength(200, MinimumLength = 2)] string Name,
    [Required, StringLength(200, MinimumLength = 2)] string Affiliation,
    [Required, EmailAddress, StringLength(254)] string Email,
    [Range(0.01, 100)] decimal Share);

/// <summary>A paper, talk or poster that made the invention public before any filing.</summary>
public sealed record EarlierDisclosureInput(
    [Required, StringLength(50, MinimumLength = 2)] string Kind,
    [Required, StringLength(500, MinimumLength = 2)] string Reference,
    [Required] DateOnly? On);

public static class DiscloseTechnologyDecision
{
    /// <summary>Pure: the command, who and when in; the first events of the technology out.</summary>
    public static IReadOnlyList<object> Decide(Guid technologyId, DiscloseTechnology command, string by, DateTimeOffset now, Func<Guid> newId)
    {
        var title = command.Title.Trim();
        var facility = command.Facility.Trim();
        if (title.Length < 3)
            throw new DomainRuleViolationException("title-is-meaningful", "A technology needs a title of at least 3 characters besides spaces.");
        if (facility.Length < 2)
            throw new DomainRuleViolationException("facility-is-named", "Name the facility whose R&D produced the technology.");
        Rules.InventorsAreValid([.. command.Inventors.Select(i => (i.Email, i.Share))]);
        var conceivedOn = command.ConceivedOn ?? throw new DomainRuleViolationException("conception-is-dated", "Give the date of conception.");
        Rules.NotInTheFuture("conception-is-not-in-the-future", "date of conception", conceivedOn, now);
        var receivedOn = command.ReceivedOn ?? DateOnly.FromDateTime(now.UtcDateTime);
        Rules.NotInTheFuture("receipt-is-not-in-the-future", "date the disclosure was received", receivedOn, now);
        if (receivedOn < conceivedOn)
            throw new DomainRuleViolationException("receipt-is-not-before-conception",
                $"The disclosure cannot be received ({receivedOn:yyyy-MM-dd}) before the invention was conceived ({conceivedOn:yyyy-MM-dd}).");
        var earlier = (command.EarlierDisclosures ?? []).Select(d =>
        {
            var on = d.On ?? throw new DomainRuleViolationException("earlier-disclosure-is-dated", "Date every earlier public disclosure.");
            Rules.NotInTheFuture("earlier-disclosure-is-not-in-the-future", "earlier public disclosure", on, now);
            return new EarlierDisclosure(d.Kind.Trim(), d.Reference.Trim(), on);
        }).ToList();

        var inventors = command.Inventors.Select(i => new Inventor(newId(), i.Name.Trim(), i.Affiliation.Trim(), i.Email.Trim(), i.Share)).ToList();
        return
        [
            new TechnologyDisclosed(technologyId, title, facility, now, command.Lab.Trim(), command.Field.Trim(),
                Rules.NormalisedKeywords(command.Keywords), command.ConfidentialDescription.Trim(), inventors, conceivedOn,
                earlier, command.FundingProgramme?.Trim(), by, receivedOn),
            InventorSharesSet.From(inventors, now),
        ];
    }
}
