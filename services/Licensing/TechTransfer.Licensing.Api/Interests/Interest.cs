using System.ComponentModel.DataAnnotations;
using JasperFx.Events;
using Marten.Events.Aggregation;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.Licensing.Api.KnownTechnologies;

namespace TechTransfer.Licensing.Api.Interests;

/// <summary>The pipeline staff work an expression of interest through: new → contacted → negotiating → won or lost.</summary>
public enum InterestStage { New, Contacted, Negotiating, Won, Lost }

/// <summary>A partner system registers interest in a technology of the public catalogue (request body). Its organisation comes from its key.</summary>
public sealed record RegisterInterest(
    [Required] Guid? TechnologyId,
    [Required, StringLength(200, MinimumLength = 2)] string CompanyName,
    [Required, StringLength(200, MinimumLength = 2)] string ContactName,
    [Required, EmailAddress, StringLength(320)] string ContactEmail,
    [StringLength(4000)] string? Message = null);

public sealed record MoveInterest([Required] InterestStage? Stage, [StringLength(2000)] string? Reason = null);

public sealed record InterestRegistered(Guid InterestId, Guid TechnologyId, string TechnologyTitle, Guid? OrganisationId, string CompanyName, string ContactName,
    string ContactEmail, string? Message, string By, DateTimeOffset At);

public sealed record InterestMoved(InterestStage From, InterestStage To, string? Reason, string By, DateTimeOffset At);

public sealed record StageChange(InterestStage Stage, string? Reason, string By, DateTimeOffset At);

/// <summary>An expression of interest (inline snapshot): its partner's organisation sees it, staff work it.</summary>
public sealed record Interest
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public Guid TechnologyId { get; init; }
    public string TechnologyTitle { get; init; } = "";
    public Guid? OrganisationId { get; init; }
    public string CompanyName { get; init; } = "";
    public string ContactName { get; init; } = "";
    public string ContactEmail { get; init; } = "";
    public string? Message { get; init; }
    public InterestStage Stage { get; init; }
    public string? OutcomeReason { get; init; }
    public DateTimeOffset RegisteredAt { get; init; }
    public IReadOnlyList<StageChange> History { get; init; } = [];

    public static Interest? Next(Interest? state, object @event) => (state, @event) switch
    {
        (_, InterestRegistered e) => new Interest
        {
            Id = e.InterestId, TechnologyId = e.TechnologyId, TechnologyTitle = e.TechnologyTitle, OrganisationId = e.OrganisationId, CompanyName = e.CompanyName,
            ContactName = e.ContactName, ContactEmail = e.ContactEmail, Message = e.Message, Stage = InterestStage.New, RegisteredAt = e.At,
            History = [new StageChange(InterestStage.New, null, e.By, e.At)],
        },
        ({ } s, InterestMoved e) => s with
        {
            Stage = e.To, OutcomeReason = e.To is InterestStage.Won or InterestStage.Lost ? e.Reason : s.OutcomeReason,
            History = [.. s.History, new StageChange(e.To, e.Reason, e.By, e.At)],
        },
        _ => state,
    };
}

public sealed partial class InterestProjection : SingleStreamProjection<Interest, Guid>
{
    public override Interest? Evolve(Interest? snapshot, Guid id, IEvent e) => Interest.Next(snapshot, e.Data);
}

public static class InterestDecisions
{
    /// <summary>Where each stage may go next. Won and lost are final.</summary>
    public static readonly IReadOnlyDictionary<InterestStage, InterestStage[]> Moves = new Dictionary<InterestStage, InterestStage[]>
    {
        [InterestStage.New] = [InterestStage.Contacted, InterestStage.Lost],
        [InterestStage.Contacted] = [InterestStage.Negotiating, InterestStage.Lost],
        [InterestStage.Negotiating] = [InterestStage.Won, InterestStage.Lost],
        [InterestStage.Won] = [],
        [InterestStage.Lost] = [],
    };

    public static IReadOnlyList<object> Register(Guid id, RegisterInterest command, KnownTechnology? technology, Guid? organisation, string by, DateTimeOffset now)
    {
        // Only what the public catalogue shows: a marketed technology that was not abandoned.
        if (technology is not { Marketed: true, Abandoned: false })
            throw new DomainRuleViolationException("technology-is-in-the-catalogue", $"Technology {command.TechnologyId} is not in the public catalogue.");
        return [new InterestRegistered(id, technology.Id, technology.PublicName, organisation, command.CompanyName.Trim(), command.ContactName.Trim(),
            command.ContactEmail.Trim(), command.Message?.Trim(), by, now)];
    }

    public static IReadOnlyList<object> Move(Interest interest, MoveInterest command, string by, DateTimeOffset now)
    {
        var to = command.Stage ?? throw new DomainRuleViolationException("stage-is-given", "Say which stage the interest moves to.");
        if (!Moves[interest.Stage].Contains(to))
            throw new DomainRuleViolationException("interest-moves-along-the-pipeline",
                $"An interest that is {interest.Stage.ToString().ToLowerInvariant()} cannot move to {to.ToString().ToLowerInvariant()}"
                + (Moves[interest.Stage].Length == 0 ? " (it is closed)." : $" (next: {string.Join(" or ", Moves[interest.Stage].Select(s => s.ToString().ToLowerInvariant()))})."),
                RuleKind.CurrentState);
        var reason = command.Reason?.Trim();
        if (to is InterestStage.Won or InterestStage.Lost && string.IsNullOrEmpty(reason))
            throw new DomainRuleViolationException("outcome-has-a-reason", $"Say why the interest was {to.ToString().ToLowerInvariant()}.");
        return [new InterestMoved(interest.Stage, to, reason, by, now)];
    }
}
