using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.Incubation.Api.Incubators;
using TechTransfer.Incubation.Api.Technologies;

namespace TechTransfer.Incubation.Api.StartUps;

/// <summary>Every rule of a start-up, as pure functions: state and command in, events out (or a <see cref="DomainRuleViolationException"/> naming the rule).</summary>
public static class StartUpDecisions
{
    /// <summary>A start-up is proposed by an incubator (a manager's own, or the one staff named) or, with none, by the transfer office.</summary>
    public static IReadOnlyList<object> Propose(Guid id, ProposeStartUp command, Incubator? proposer, string by, DateTimeOffset now)
    {
        var name = (command.Name ?? "").Trim();
        if (name.Length < 2) throw new DomainRuleViolationException("start-up-is-named", "A start-up needs a name of at least 2 characters besides spaces.");
        var founders = (command.Founders ?? []).Select(f => (f ?? "").Trim()).Where(f => f.Length > 0).Distinct().ToList();
        if (founders.Count == 0 || founders.Count != (command.Founders ?? []).Count)
            throw new DomainRuleViolationException("start-up-has-founders", "Name each founder once; a start-up has at least one founder.");
        var technologies = (command.TechnologyIds ?? []).Where(t => t != Guid.Empty).Distinct().ToList();
        if (technologies.Count == 0)
            throw new DomainRuleViolationException("start-up-is-founded-on-technologies", "A spin-off is founded on at least one of the facility's technologies.");
        var share = command.FacilityEquityShare ?? throw new DomainRuleViolationException("equity-share-is-a-percentage", "Give the facility's equity share in percent (0 when none).");
        if (share is < 0m or > 100m)
            throw new DomainRuleViolationException("equity-share-is-a-percentage", $"The facility's equity share ({share}) must be between 0 and 100 percent.");
        return [new StartUpProposed(id, name, founders, technologies, share, proposer?.Id, proposer?.OrganisationId, by, now)];
    }

    /// <summary>Founding needs every technology known (from Disclosures' events, or asked of Disclosures) with its IP ownership agreed.</summary>
    public static IReadOnlyList<object> Found(StartUp startUp, FoundStartUp command, IReadOnlyDictionary<Guid, KnownTechnology> known, string by, DateTimeOffset now)
    {
        if (startUp.Status != StartUpStatus.Proposed)
            throw new DomainRuleViolationException("start-up-is-founded-once", $"{startUp.Name} was already founded on {startUp.FoundedOn:yyyy-MM-dd}.", RuleKind.CurrentState);
        var registration = (command.RegistrationNumber ?? "").Trim();
        if (registration.Length < 2) throw new DomainRuleViolationException("registration-number-is-given", "Give the company's legal registration number.");
        var foundedOn = command.FoundedOn ?? Today(now);
        if (foundedOn > Today(now))
            throw new DomainRuleViolationException("founding-date-is-not-in-the-future", $"The founding date ({foundedOn:yyyy-MM-dd}) is in the future.");
        var unknown = startUp.TechnologyIds.Where(t => known.GetValueOrDefault(t) is not { Title: not null, Facility: not null }).ToList();
        if (unknown.Count > 0)
            throw new DomainRuleViolationException("technology-is-known",
                $"Disclosures does not know technology {string.Join(", ", unknown)} (yet); a start-up is founded only on disclosed technologies. Retry once it is disclosed.");
        var unagreed = startUp.TechnologyIds.Where(t => !known[t].IpOwnershipAgreed).ToList();
        if (unagreed.Count > 0)
            throw new DomainRuleViolationException("ip-ownership-is-agreed",
                $"The IP ownership of technology {string.Join(", ", unagreed)} is not agreed; no start-up may be founded on it before.");
        return [new StartUpFounded(startUp.Name, [.. startUp.TechnologyIds.Select(t => new FoundingTechnology(t, known[t].Title!, known[t].Facility!))],
            registration, foundedOn, startUp.FacilityEquityShare, by, now)];
    }

    public static IReadOnlyList<object> Admit(StartUp startUp, AdmitStartUp command, Incubator? incubator, string by, DateTimeOffset now)
    {
        MustBeActive(startUp, "admit");
        if (incubator is null) throw new DomainRuleViolationException("incubator-is-known", $"No incubator {command.IncubatorId} is registered (or it is not yours).");
        if (startUp.CurrentAdmission is { } stay)
            throw new DomainRuleViolationException("one-incubator-at-a-time",
                $"{startUp.Name} is in {stay.IncubatorName} since {stay.AdmittedOn:yyyy-MM-dd}; it must leave it first.", RuleKind.CurrentState);
        var admittedOn = command.AdmittedOn ?? Today(now);
        NotInTheFuture(admittedOn, now, "admission-date-is-not-in-the-future", "admission");
        NotBeforeFounding(startUp, admittedOn, "admission-is-not-before-founding", "admission");
        Cohort? cohort = null;
        if (command.CohortId is { } cohortId)
        {
            cohort = incubator.Cohorts.FirstOrDefault(c => c.Id == cohortId)
                ?? throw new DomainRuleViolationException("cohort-belongs-to-the-incubator", $"{incubator.Name} has no cohort {cohortId}.");
            if (!cohort.Covers(admittedOn))
                throw new DomainRuleViolationException("cohort-covers-the-admission-date",
                    $"Cohort {cohort.Name} runs from {cohort.StartsOn:yyyy-MM-dd} to {cohort.EndsOn:yyyy-MM-dd}, not on {admittedOn:yyyy-MM-dd}.");
        }
        else if (incubator.Cohorts.Count > 0)
            throw new DomainRuleViolationException("cohort-is-given", $"{incubator.Name} admits start-ups into cohorts: say which.");
        return [new StartUpAdmitted(startUp.Name, startUp.TechnologyIds, incubator.Id, incubator.Name, incubator.OrganisationId, cohort?.Id, cohort?.Name,
            admittedOn, by, now)];
    }

    public static IReadOnlyList<object> Leave(StartUp startUp, LeaveIncubator command, string by, DateTimeOffset now)
    {
        var stay = startUp.CurrentAdmission
            ?? throw new DomainRuleViolationException("start-up-is-in-an-incubator", $"{startUp.Name} is in no incubator.", RuleKind.CurrentState);
        var leftOn = command.LeftOn ?? Today(now);
        NotInTheFuture(leftOn, now, "leaving-date-is-not-in-the-future", "leaving");
        if (leftOn < stay.AdmittedOn)
            throw new DomainRuleViolationException("leaving-is-not-before-admission", $"It was admitted on {stay.AdmittedOn:yyyy-MM-dd}, after {leftOn:yyyy-MM-dd}.");
        return [new StartUpLeftIncubator(stay.IncubatorId, leftOn, Trimmed(command.Reason), by, now)];
    }

    public static IReadOnlyList<object> PlanMilestone(StartUp startUp, PlanMilestone command, Guid milestoneId, string by, DateTimeOffset now)
    {
        MustBeActive(startUp, "plan a milestone of");
        var kind = command.Kind ?? throw new DomainRuleViolationException("milestone-kind-is-given", "Say which kind of milestone this is (or Other, with a title).");
        var due = command.DueOn ?? throw new DomainRuleViolationException("due-date-is-given", "Give the milestone's due date.");
        var title = Trimmed(command.Title);
        if (kind == MilestoneKind.Other && title is null)
            throw new DomainRuleViolationException("free-milestone-is-titled", "A milestone of kind Other needs a title saying what it is.");
        if (kind == MilestoneKind.ProductLaunched && title is null)
            throw new DomainRuleViolationException("product-launch-names-the-product", "A product-launched milestone's title names the product (it is what the launch announces).");
        return [new MilestonePlanned(milestoneId, kind, title ?? kind.DefaultTitle(), due, by, now)];
    }

    /// <summary>Achieving a product-launched milestone also records the launch: the signal that its technologies became an SME product.</summary>
    public static IReadOnlyList<object> AchieveMilestone(StartUp startUp, Guid milestoneId, AchieveMilestone command, string by, DateTimeOffset now)
    {
        MustBeActive(startUp, "achieve a milestone of");
        var milestone = OpenMilestone(startUp, milestoneId);
        var evidence = (command.Evidence ?? "").Trim();
        if (evidence.Length < 3) throw new DomainRuleViolationException("achievement-has-evidence", "Say what shows the milestone was achieved.");
        var on = command.AchievedOn ?? Today(now);
        NotInTheFuture(on, now, "achievement-date-is-not-in-the-future", "achievement");
        NotBeforeFounding(startUp, on, "achievement-is-not-before-founding", "achievement");
        var achieved = new MilestoneAchieved(startUp.Name, startUp.TechnologyIds, milestoneId, milestone.Kind, milestone.Title, on, evidence, by, now);
        return milestone.Kind == MilestoneKind.ProductLaunched
            ? [achieved, new ProductLaunched(startUp.Name, startUp.TechnologyIds, milestoneId, milestone.Title, on, by, now)]
            : [achieved];
    }

    /// <summary>Only a milestone whose due date has passed can be declared missed (before, it may still be achieved).</summary>
    public static IReadOnlyList<object> MissMilestone(StartUp startUp, Guid milestoneId, MissMilestone command, string by, DateTimeOffset now)
    {
        MustBeActive(startUp, "miss a milestone of");
        var milestone = OpenMilestone(startUp, milestoneId);
        if (Today(now) <= milestone.DueOn)
            throw new DomainRuleViolationException("milestone-is-overdue", $"'{milestone.Title}' is due on {milestone.DueOn:yyyy-MM-dd}; it is missed only after that day.",
                RuleKind.CurrentState);
        return [new MilestoneMissed(milestoneId, Today(now), Trimmed(command.Reason), by, now)];
    }

    /// <summary>Jobs are reported for a founded start-up that has not failed (graduated and acquired ones still employ people).</summary>
    public static IReadOnlyList<object> ReportJobs(StartUp startUp, ReportJobs command, string by, DateTimeOffset now)
    {
        MustOperate(startUp, "report jobs of");
        var head = command.HeadCount ?? throw new DomainRuleViolationException("head-count-is-not-negative", "Give the head count.");
        var researchers = command.ResearchersAndEngineers ?? throw new DomainRuleViolationException("head-count-is-not-negative", "Give how many are researchers and engineers.");
        if (head < 0 || researchers < 0) throw new DomainRuleViolationException("head-count-is-not-negative", "Head counts are zero or more.");
        if (researchers > head)
            throw new DomainRuleViolationException("researchers-and-engineers-within-head-count", $"{researchers} researchers and engineers is more than the head count of {head}.");
        var asOf = command.AsOf ?? Today(now);
        NotInTheFuture(asOf, now, "jobs-date-is-not-in-the-future", "head count");
        NotBeforeFounding(startUp, asOf, "jobs-date-is-not-before-founding", "head count");
        return [new JobsReported(startUp.Name, startUp.TechnologyIds, asOf, head, researchers, by, now)];
    }

    public static IReadOnlyList<object> AwardLabel(StartUp startUp, AwardLabel command, Guid labelId, string by, DateTimeOffset now)
    {
        MustOperate(startUp, "label");
        var label = (command.Label ?? "").Trim();
        if (label.Length < 2) throw new DomainRuleViolationException("label-is-named", "Name the label.");
        var awardedOn = command.AwardedOn ?? Today(now);
        NotInTheFuture(awardedOn, now, "award-date-is-not-in-the-future", "award");
        var expires = command.ExpiresOn ?? throw new DomainRuleViolationException("label-expires-after-award", "Give the label's expiry date.");
        if (expires <= awardedOn)
            throw new DomainRuleViolationException("label-expires-after-award", $"The label expires ({expires:yyyy-MM-dd}) on or before it is awarded ({awardedOn:yyyy-MM-dd}).");
        if (startUp.Labels.FirstOrDefault(l => string.Equals(l.Name, label, StringComparison.OrdinalIgnoreCase) && l.AwardedOn <= expires && awardedOn <= l.ExpiresOn) is { } held)
            throw new DomainRuleViolationException("label-is-not-already-held",
                $"{startUp.Name} holds '{held.Name}' from {held.AwardedOn:yyyy-MM-dd} to {held.ExpiresOn:yyyy-MM-dd}, overlapping this award.", RuleKind.CurrentState);
        return [new LabelAwarded(labelId, label, awardedOn, expires, Trimmed(command.Awarder), by, now)];
    }

    /// <summary>Graduating is from an incubator: a start-up never admitted cannot graduate (it can still fail or be acquired).</summary>
    public static IReadOnlyList<object> Graduate(StartUp startUp, Graduate command, string by, DateTimeOffset now)
    {
        MustBeActive(startUp, "graduate");
        if (startUp.Admissions.Count == 0)
            throw new DomainRuleViolationException("graduation-needs-admission", $"{startUp.Name} was never admitted to an incubator, so it cannot graduate from one.",
                RuleKind.CurrentState);
        var on = OutcomeDate(startUp, command.GraduatedOn, now);
        if (startUp.Admissions[^1].AdmittedOn > on)
            throw new DomainRuleViolationException("graduation-is-not-before-admission", $"It was admitted on {startUp.Admissions[^1].AdmittedOn:yyyy-MM-dd}, after {on:yyyy-MM-dd}.");
        return [new StartUpGraduated(startUp.Name, startUp.TechnologyIds, on, Trimmed(command.Reason), by, now)];
    }

    public static IReadOnlyList<object> Fail(StartUp startUp, Fail command, string by, DateTimeOffset now)
    {
        MustBeActive(startUp, "fail");
        var reason = (command.Reason ?? "").Trim();
        if (reason.Length < 3) throw new DomainRuleViolationException("failure-has-a-reason", "Say why the start-up failed.");
        return [new StartUpFailed(startUp.Name, startUp.TechnologyIds, OutcomeDate(startUp, command.FailedOn, now), reason, by, now)];
    }

    public static IReadOnlyList<object> Acquire(StartUp startUp, Acquire command, string by, DateTimeOffset now)
    {
        MustBeActive(startUp, "record the acquisition of");
        var acquirer = (command.Acquirer ?? "").Trim();
        if (acquirer.Length < 2) throw new DomainRuleViolationException("acquirer-is-named", "Name the firm that acquired the start-up.");
        return [new StartUpAcquired(startUp.Name, startUp.TechnologyIds, acquirer, OutcomeDate(startUp, command.AcquiredOn, now), Trimmed(command.Reason), by, now)];
    }


    private static Milestone OpenMilestone(StartUp startUp, Guid milestoneId)
    {
        var milestone = startUp.Milestones.FirstOrDefault(m => m.Id == milestoneId) ?? throw new NotFoundException("Milestone", milestoneId);
        return milestone.Status == MilestoneStatus.Planned
            ? milestone
            : throw new DomainRuleViolationException("milestone-is-open",
                $"'{milestone.Title}' was already {milestone.Status.ToString().ToLowerInvariant()} on {(milestone.AchievedOn ?? milestone.MissedOn):yyyy-MM-dd}.",
                RuleKind.CurrentState);
    }

    private static DateOnly OutcomeDate(StartUp startUp, DateOnly? given, DateTimeOffset now)
    {
        var on = given ?? Today(now);
        NotInTheFuture(on, now, "outcome-date-is-not-in-the-future", "outcome");
        NotBeforeFounding(startUp, on, "outcome-date-is-not-before-founding", "outcome");
        return on;
    }

    /// <summary>Active = founded and no outcome yet.</summary>
    private static void MustBeActive(StartUp startUp, string action)
    {
        if (startUp.Status == StartUpStatus.Proposed)
            throw new DomainRuleViolationException("start-up-is-founded", $"{startUp.Name} is only proposed; found it before you {action} it.", RuleKind.CurrentState);
        if (startUp.Status != StartUpStatus.Active)
            throw new DomainRuleViolationException("start-up-is-active", $"{startUp.Name} is {startUp.Status.ToString().ToLowerInvariant()}; you cannot {action} it.",
                RuleKind.CurrentState);
    }

    /// <summary>Founded and still operating: active, graduated or acquired.</summary>
    private static void MustOperate(StartUp startUp, string action)
    {
        if (startUp.Status == StartUpStatus.Proposed)
            throw new DomainRuleViolationException("start-up-is-founded", $"{startUp.Name} is only proposed; found it before you {action} it.", RuleKind.CurrentState);
        if (startUp.Status == StartUpStatus.Failed)
            throw new DomainRuleViolationException("start-up-has-not-failed", $"{startUp.Name} failed on {startUp.OutcomeOn:yyyy-MM-dd}; you cannot {action} it.",
                RuleKind.CurrentState);
    }

    private static void NotInTheFuture(DateOnly day, DateTimeOffset now, string rule, string what)
    {
        if (day > Today(now)) throw new DomainRuleViolationException(rule, $"The {what} date ({day:yyyy-MM-dd}) is in the future.");
    }

    private static void NotBeforeFounding(StartUp startUp, DateOnly day, string rule, string what)
    {
        if (startUp.FoundedOn is { } founded && day < founded)
            throw new DomainRuleViolationException(rule, $"The {what} date ({day:yyyy-MM-dd}) is before the start-up was founded ({founded:yyyy-MM-dd}).");
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime);
}
