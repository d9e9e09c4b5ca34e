using System.ComponentModel.DataAnnotations;
using TechTransfer.BuildingBlocks.Domain;

namespace TechTransfer.Disclosures.Api.Technologies.PublishForMarketing;

/// <summary>The non-confidential summary that goes into the partner catalogue. Publishing again replaces it.</summary>
public sealed record PublishForMarketing(
    [Required, StringLength(300, MinimumLength = 3)] string PublicTitle,
    [Required, StringLength(5000, MinimumLength = 20)] string Summary,
    [Required, MinLength(1), MaxLength(20)] IReadOnlyList<string> Applications,
    [MaxLength(30)] IReadOnlyList<string>? Keywords = null);

/// <summary>The technology entered the catalogue; facility, field and phase are copied so the public event is whole.</summary>
public sealed record TechnologyPublishedForMarketing(
    string PublicTitle, string Summary, IReadOnlyList<string> Applications, IReadOnlyList<string> Keywords,
    string Facility, string Field, Phase Phase, string By, DateTimeOffset At);

public static class PublishForMarketingDecision
{
    public static IReadOnlyList<object> Decide(Technology technology, PublishForMarketing command, string by, DateTimeOffset now)
    {
        Rules.MustBeActive(technology);
        if (technology.Assessment?.Decision != AssessmentDecision.Pursue)
            throw new DomainRuleViolationException("marketing-needs-decision-to-pursue",
                "Only a technology the office decided to pursue can be marketed.", RuleKind.CurrentState);
        if (technology.Ownership is null)
            throw new DomainRuleViolationException("ip-ownership-agreed-first",
                "Agree the IP ownership shares before marketing the technology.", RuleKind.CurrentState);

        var applications = command.Applications.Select(a => a.Trim()).Where(a => a.Length > 0).ToList();
        var keywords = Rules.NormalisedKeywords(command.Keywords);
        MustHoldNoConfidentialData(technology, [command.PublicTitle, command.Summary, .. applications, .. keywords]);
        return [new TechnologyPublishedForMarketing(command.PublicTitle.Trim(), command.Summary.Trim(), applications, keywords,
            technology.Facility, technology.Field, technology.Phase, by, now)];
    }

    /// <summary>
    /// A guard, not a proof: the public text must not quote the confidential description nor name an inventor's
    /// e-mail. (Staff remain responsible for what they write; this catches the copy-paste accident.)
    /// </summary>
    private static void MustHoldNoConfidentialData(Technology technology, IReadOnlyList<string> publicTexts)
    {
        var description = technology.ConfidentialDescription.Trim();
        bool Leaks(string text) =>
            (description.Length >= 20 && text.Contains(description, StringComparison.OrdinalIgnoreCase))
            || technology.Inventors.Any(i => text.Contains(i.Email, StringComparison.OrdinalIgnoreCase));
        if (publicTexts.Any(Leaks))
            throw new DomainRuleViolationException("marketing-text-holds-no-confidential-data",
                "The public text quotes the confidential description or an inventor's e-mail.");
    }
}
