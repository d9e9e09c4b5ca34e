namespace TechTransfer.Incubation.Api.StartUps;

/// <summary>Proposed (not yet registered), then active once founded, until one terminal outcome.</summary>
public enum StartUpStatus { Proposed, Active, Graduated, Failed, Acquired }

/// <summary>The standard milestones of an incubated start-up, and free ones (<see cref="Other"/>, titled by the planner).</summary>
public enum MilestoneKind { PrototypeBuilt, FirstCustomer, ProductLaunched, FirstRevenue, FundingSecured, Other }

public enum MilestoneStatus { Planned, Achieved, Missed }

public static class MilestoneKindNames
{
    /// <summary>The name on the wire (contract events): kebab case, e.g. <c>product-launched</c>.</summary>
    public static string WireName(this MilestoneKind kind) => kind switch
    {
        MilestoneKind.PrototypeBuilt => "prototype-built",
        MilestoneKind.FirstCustomer => "first-customer",
        MilestoneKind.ProductLaunched => "product-launched",
        MilestoneKind.FirstRevenue => "first-revenue",
        MilestoneKind.FundingSecured => "funding-secured",
        _ => "other",
    };

    /// <summary>The title a standard milestone gets when the planner gives none.</summary>
    public static string DefaultTitle(this MilestoneKind kind) => kind switch
    {
        MilestoneKind.PrototypeBuilt => "Prototype built",
        MilestoneKind.FirstCustomer => "First customer",
        MilestoneKind.ProductLaunched => "Product launched",
        MilestoneKind.FirstRevenue => "First revenue",
        MilestoneKind.FundingSecured => "Funding secured",
        _ => "",
    };
}

/// <summary>A technology a start-up is founded on, with the facility it comes from (copied at founding: figures count per facility).</summary>
public sealed record FoundingTechnology(Guid Id, string Title, string Facility);

/// <summary>Every start-up event says who recorded it and when: the history timeline reads these.</summary>
public interface IRecorded
{
    string By { get; }
    DateTimeOffset At { get; }
}

// Events that leave the service carry the start-up's name and technologies, so the outbox map never looks back into the stream.

/// <summary>A start-up was proposed: its name, founders, technologies and the facility's equity share (percent); by an incubator or the transfer office.</summary>
public sealed record StartUpProposed(
    Guid StartUpId, string Name, IReadOnlyList<string> Founders, IReadOnlyList<Guid> TechnologyIds, decimal FacilityEquityShare,
    Guid? ProposedByIncubatorId, Guid? ProposerOrganisationId, string By, DateTimeOffset At) : IRecorded;

/// <summary>The start-up was registered as a company, every technology's IP ownership being agreed.</summary>
public sealed record StartUpFounded(
    string Name, IReadOnlyList<FoundingTechnology> Technologies, string RegistrationNumber, DateOnly FoundedOn, decimal FacilityEquityShare, string By, DateTimeOffset At) : IRecorded;

public sealed record StartUpAdmitted(
    string Name, IReadOnlyList<Guid> TechnologyIds, Guid IncubatorId, string IncubatorName, Guid IncubatorOrganisationId, Guid? CohortId, string? CohortName,
    DateOnly AdmittedOn, string By, DateTimeOffset At) : IRecorded;

public sealed record StartUpLeftIncubator(Guid IncubatorId, DateOnly LeftOn, string? Reason, string By, DateTimeOffset At) : IRecorded;

public sealed record MilestonePlanned(Guid MilestoneId, MilestoneKind Kind, string Title, DateOnly DueOn, string By, DateTimeOffset At) : IRecorded;

public sealed record MilestoneAchieved(
    string Name, IReadOnlyList<Guid> TechnologyIds, Guid MilestoneId, MilestoneKind Kind, string Title, DateOnly AchievedOn, string Evidence, string By, DateTimeOffset At) : IRecorded;

/// <summary>Comes with the achievement of a product-launched milestone: the product is the milestone's title.</summary>
public sealed record ProductLaunched(string Name, IReadOnlyList<Guid> TechnologyIds, Guid MilestoneId, string Product, DateOnly LaunchedOn, string By, DateTimeOffset At) : IRecorded;

public sealed record MilestoneMissed(Guid MilestoneId, DateOnly MissedOn, string? Reason, string By, DateTimeOffset At) : IRecorded;

/// <summary>Head count as of a date, and of it researchers and engineers. The report with the latest date is the current figure.</summary>
public sealed record JobsReported(string Name, IReadOnlyList<Guid> TechnologyIds, DateOnly AsOf, int HeadCount, int ResearchersAndEngineers, string By, DateTimeOffset At) : IRecorded;

/// <summary>A label (e.g. "Innovative Cluster Company") held from <see cref="AwardedOn"/> to <see cref="ExpiresOn"/> inclusive.</summary>
public sealed record LabelAwarded(Guid LabelId, string Label, DateOnly AwardedOn, DateOnly ExpiresOn, string? Awarder, string By, DateTimeOffset At) : IRecorded;

public sealed record StartUpGraduated(string Name, IReadOnlyList<Guid> TechnologyIds, DateOnly GraduatedOn, string? Reason, string By, DateTimeOffset At) : IRecorded;

public sealed record StartUpFailed(string Name, IReadOnlyList<Guid> TechnologyIds, DateOnly FailedOn, string Reason, string By, DateTimeOffset At) : IRecorded;

public sealed record StartUpAcquired(string Name, IReadOnlyList<Guid> TechnologyIds, string Acquirer, DateOnly AcquiredOn, string? Reason, string By, DateTimeOffset At) : IRecorded;
