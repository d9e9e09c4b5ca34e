using System.ComponentModel.DataAnnotations;
using JasperFx.Events;
using Marten.Events.Aggregation;
using TechTransfer.BuildingBlocks.Domain;

namespace TechTransfer.Incubation.Api.Incubators;

/// <summary>The kinds of host the seeds name (Oxford Innovation, St. Genis Technoparc, business nurseries, science parks).</summary>
public enum IncubatorKind { Incubator, Technopark, BusinessNursery, SciencePark }

/// <summary>Register an incubator (request body). <see cref="OrganisationId"/> is the organisation its managers' tokens carry (<c>org</c>).</summary>
public sealed record RegisterIncubator(
    [Required, StringLength(200, MinimumLength = 2)] string Name,
    [Required, StringLength(200, MinimumLength = 2)] string Region,
    [Required] IncubatorKind? Kind,
    [Required] Guid? OrganisationId);

/// <summary>Open a cohort (request body): a named intake with start and end dates.</summary>
public sealed record OpenCohort(
    [Required, StringLength(200, MinimumLength = 2)] string Name,
    [Required] DateOnly? StartsOn,
    [Required] DateOnly? EndsOn);

public sealed record IncubatorRegistered(Guid IncubatorId, string Name, string Region, IncubatorKind Kind, Guid OrganisationId, string By, DateTimeOffset At);

public sealed record CohortOpened(Guid CohortId, string Name, DateOnly StartsOn, DateOnly EndsOn, string By, DateTimeOffset At);

public sealed record Cohort(Guid Id, string Name, DateOnly StartsOn, DateOnly EndsOn)
{
    public bool Covers(DateOnly day) => StartsOn <= day && day <= EndsOn;
}

/// <summary>An incubator with its cohorts (inline snapshot). Its managers are the callers whose <c>org</c> is <see cref="OrganisationId"/>.</summary>
public sealed record Incubator
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public string Name { get; init; } = "";
    public string Region { get; init; } = "";
    public IncubatorKind Kind { get; init; }
    public Guid OrganisationId { get; init; }
    public IReadOnlyList<Cohort> Cohorts { get; init; } = [];
    public DateTimeOffset RegisteredAt { get; init; }

    public static Incubator? Next(Incubator? state, object @event) => (state, @event) switch
    {
        (_, IncubatorRegistered e) => new Incubator
        {
            Id = e.IncubatorId, Name = e.Name, Region = e.Region, Kind = e.Kind, OrganisationId = e.OrganisationId, RegisteredAt = e.At,
        },
        ({ } s, CohortOpened e) => s with { Cohorts = [.. s.Cohorts, new Cohort(e.CohortId, e.Name, e.StartsOn, e.EndsOn)] },
        _ => state,
    };

    public static Incubator? From(IEnumerable<object> events) => events.Aggregate((Incubator?)null, Next);
}

public sealed partial class IncubatorProjection : SingleStreamProjection<Incubator, Guid>
{
    public override Incubator? Evolve(Incubator? snapshot, Guid id, IEvent e) => Incubator.Next(snapshot, e.Data);
}

/// <summary>The rules of incubators and cohorts, as pure functions.</summary>
public static class IncubatorDecisions
{
    public static IReadOnlyList<object> Register(Guid id, RegisterIncubator command, string by, DateTimeOffset now)
    {
        var name = command.Name.Trim();
        if (name.Length < 2) throw new DomainRuleViolationException("incubator-is-named", "An incubator needs a name of at least 2 characters besides spaces.");
        var region = command.Region.Trim();
        if (region.Length < 2) throw new DomainRuleViolationException("incubator-has-a-region", "Say in which region the incubator is.");
        var kind = command.Kind ?? throw new DomainRuleViolationException("incubator-kind-is-given", "Say which kind of incubator this is.");
        var organisation = command.OrganisationId is { } o && o != Guid.Empty
            ? o
            : throw new DomainRuleViolationException("incubator-has-an-organisation", "Give the organisation id its managers' tokens carry.");
        return [new IncubatorRegistered(id, name, region, kind, organisation, by, now)];
    }

    public static IReadOnlyList<object> OpenCohort(Incubator incubator, OpenCohort command, Guid cohortId, string by, DateTimeOffset now)
    {
        var name = command.Name.Trim();
        if (name.Length < 2) throw new DomainRuleViolationException("cohort-is-named", "A cohort needs a name of at least 2 characters besides spaces.");
        var starts = command.StartsOn ?? throw new DomainRuleViolationException("cohort-has-dates", "Give the cohort's start date.");
        var ends = command.EndsOn ?? throw new DomainRuleViolationException("cohort-has-dates", "Give the cohort's end date.");
        if (ends <= starts)
            throw new DomainRuleViolationException("cohort-ends-after-it-starts", $"The cohort ends ({ends:yyyy-MM-dd}) on or before it starts ({starts:yyyy-MM-dd}).");
        if (incubator.Cohorts.Any(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)))
            throw new DomainRuleViolationException("cohort-name-is-new", $"The incubator already has a cohort named '{name}'.", RuleKind.CurrentState);
        return [new CohortOpened(cohortId, name, starts, ends, by, now)];
    }
}
