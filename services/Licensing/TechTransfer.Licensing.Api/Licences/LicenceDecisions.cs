using System.ComponentModel.DataAnnotations;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Money;
using TechTransfer.Licensing.Api.KnownTechnologies;
using TechTransfer.Licensing.Api.Licensees;

namespace TechTransfer.Licensing.Api.Licences;

public sealed record SignLicence(DateOnly? SignedOn = null);

public sealed record TerminateLicence([Required, StringLength(1000, MinimumLength = 3)] string Reason, DateOnly? EndedOn = null);

public sealed record RecordMilestone([Required, StringLength(200, MinimumLength = 2)] string Name, DateOnly? ReachedOn = null);

/// <summary>Every rule of a licence's life, as pure functions: state and command in, events out, or a <see cref="DomainRuleViolationException"/> naming the rule.</summary>
public static class LicenceDecisions
{
    public const string ExpiryCheck = "expiry check";

    /// <summary>Statements are due this many days after they are issued.</summary>
    public const int PaymentDueDays = 30;

    public static IReadOnlyList<object> Draft(Guid id, LicenceTermsRequest command, Licensee? licensee, string by, DateTimeOffset now)
    {
        var terms = LicenceTerms.From(command);
        if (licensee is null) throw new DomainRuleViolationException("licensee-is-registered", $"No licensee {command.LicenseeId} is registered.");
        return [new LicenceDrafted(id, terms, licensee.Name, licensee.OrganisationId, licensee.SizeClass, by, now)];
    }

    public static IReadOnlyList<object> Amend(Licence licence, LicenceTermsRequest command, string by, DateTimeOffset now)
    {
        MustBe(licence, LicenceStatus.Draft, "amend");
        var terms = LicenceTerms.From(command);
        if (terms.TechnologyId != licence.TechnologyId || terms.LicenseeId != licence.LicenseeId)
            throw new DomainRuleViolationException("licence-parties-do-not-change", "An amendment keeps the technology and the licensee; draft a new licence for others.");
        return [new LicenceAmended(terms, by, now)];
    }

    /// <summary>
    /// Signs a draft. <paramref name="technology"/>: what Licensing knows of it (null: never heard of, even from
    /// Disclosures); <paramref name="exclusive"/>: the signed exclusive licences on the technology.
    /// </summary>
    public static IReadOnlyList<object> Sign(Licence licence, SignLicence command, KnownTechnology? technology, IReadOnlyList<ExclusiveGrant> exclusive,
        string by, DateTimeOffset now, Guid upfrontStatementId)
    {
        MustBe(licence, LicenceStatus.Draft, "sign");
        if (technology is null)
            throw new DomainRuleViolationException("technology-is-known", $"Disclosures knows no technology {licence.TechnologyId}.");
        if (technology.Abandoned)
            throw new DomainRuleViolationException("technology-is-not-abandoned", "The technology was abandoned by the transfer office.");
        if (!technology.Marketed)
            throw new DomainRuleViolationException("technology-is-marketed", "The technology has not been published for marketing: it cannot be licensed yet.");
        if (!technology.OwnershipAgreed)
            throw new DomainRuleViolationException("ip-ownership-is-agreed", "The technology's IP ownership shares are not agreed: no licence may be signed before.");
        var today = Today(now);
        var signedOn = command.SignedOn ?? today;
        if (signedOn > today)
            throw new DomainRuleViolationException("signing-date-is-not-in-the-future", $"The signing date ({signedOn:yyyy-MM-dd}) is in the future.");
        if (signedOn > licence.Terms.EndsOn)
            throw new DomainRuleViolationException("licence-has-not-ended", $"The licence's term ended on {licence.Terms.EndsOn:yyyy-MM-dd}, before it would be signed.");
        if (licence.Terms.Kind == LicenceKind.Exclusive
            && exclusive.FirstOrDefault(g => g.LicenceId != licence.Id && g.Overlaps(ExclusiveGrant.Of(licence.Id, licence.Terms))) is { } clash)
            throw new DomainRuleViolationException("exclusive-licences-do-not-overlap",
                $"Exclusive licence {clash.LicenceId} on this technology already covers an overlapping field of use, territory and term.", RuleKind.CurrentState);

        List<object> events =
        [
            new LicenceSigned(licence.TechnologyId, licence.LicenseeId, licence.LicenseeName, licence.LicenseeSize, licence.Terms, technology.Facility,
                technology.PublicName, signedOn, by, now),
        ];
        if (licence.Terms.UpfrontFee.Amount > 0m)
            events.Add(new StatementIssued(upfrontStatementId, StatementKind.UpfrontFee, "Upfront fee", licence.Terms.UpfrontFee, signedOn,
                signedOn.AddDays(PaymentDueDays), null, by, now));
        return events;
    }

    public static IReadOnlyList<object> Terminate(Licence licence, TerminateLicence command, string by, DateTimeOffset now)
    {
        MustBe(licence, LicenceStatus.Signed, "terminate");
        var reason = command.Reason.Trim();
        if (reason.Length < 3) throw new DomainRuleViolationException("termination-has-a-reason", "Say why the licence is terminated.");
        var endedOn = command.EndedOn ?? Today(now);
        if (endedOn > Today(now))
            throw new DomainRuleViolationException("termination-date-is-not-in-the-future", $"The termination date ({endedOn:yyyy-MM-dd}) is in the future.");
        if (endedOn < licence.SignedOn)
            throw new DomainRuleViolationException("termination-date-is-not-before-signing", $"The termination date ({endedOn:yyyy-MM-dd}) is before the signature.");
        return [new LicenceTerminated(licence.TechnologyId, licence.LicenseeId, reason, endedOn, by, now)];
    }

    /// <summary>The scheduled check: a signed licence past its end date expires; anything else yields nothing (idempotent).</summary>
    public static IReadOnlyList<object> ExpireIfEnded(Licence licence, DateTimeOffset now) =>
        licence.Status == LicenceStatus.Signed && Today(now) > licence.Terms.EndsOn
            ? [new LicenceExpired(licence.TechnologyId, licence.LicenseeId, licence.Terms.EndsOn, ExpiryCheck, now)]
            : [];

    public static IReadOnlyList<object> ReachMilestone(Licence licence, RecordMilestone command, string by, DateTimeOffset now, Guid statementId)
    {
        MustBe(licence, LicenceStatus.Signed, "record a milestone on");
        var milestone = licence.Terms.Milestones.FirstOrDefault(m => string.Equals(m.Name, command.Name.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new DomainRuleViolationException("milestone-is-in-the-licence",
                $"The licence has no milestone payment '{command.Name}' (it has: {string.Join(", ", licence.Terms.Milestones.Select(m => m.Name))}).");
        if (licence.MilestonesReached.Contains(milestone.Name, StringComparer.OrdinalIgnoreCase))
            throw new DomainRuleViolationException("milestone-is-invoiced-once", $"Milestone '{milestone.Name}' was already recorded.", RuleKind.CurrentState);
        var on = command.ReachedOn ?? Today(now);
        if (on > Today(now)) throw new DomainRuleViolationException("milestone-date-is-not-in-the-future", $"The milestone date ({on:yyyy-MM-dd}) is in the future.");
        return
        [
            new MilestoneReached(milestone.Name, on, by, now),
            new StatementIssued(statementId, StatementKind.Milestone, $"Milestone: {milestone.Name}", milestone.Amount, Today(now), Today(now).AddDays(PaymentDueDays),
                null, by, now),
        ];
    }

    /// <summary>The events that go on the technology's exclusivity stream with these licence events (none for non-exclusive licences).</summary>
    public static IReadOnlyList<object> ExclusivityEvents(Licence licence, IReadOnlyList<object> events) => licence.Terms.Kind != LicenceKind.Exclusive
        ? []
        : [.. events.Select(e => e switch
        {
            LicenceSigned => (object?)new ExclusiveLicenceGranted(ExclusiveGrant.Of(licence.Id, licence.Terms)),
            LicenceTerminated t => new ExclusiveLicenceReleased(licence.Id, t.EndedOn),
            LicenceExpired x => new ExclusiveLicenceReleased(licence.Id, x.EndedOn),
            _ => null,
        }).OfType<object>()];

    internal static void MustBe(Licence licence, LicenceStatus status, string action)
    {
        if (licence.Status != status)
            throw new DomainRuleViolationException(status == LicenceStatus.Draft ? "licence-is-a-draft" : "licence-is-signed",
                $"The licence is {licence.Status.ToString().ToLowerInvariant()}; you cannot {action} it.", RuleKind.CurrentState);
    }

    internal static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime);
}
