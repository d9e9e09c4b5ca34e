using JasperFx.Events;
using Marten.Events.Aggregation;
using TechTransfer.Licensing.Api.Interests.Move;
using TechTransfer.Licensing.Api.Interests.Register;

namespace TechTransfer.Licensing.Api.Interests;

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
            Stage = e.To,
            OutcomeReason = e.To is InterestStage.Won or InterestStage.Lost ? e.Reason : s.OutcomeReason,
            History = [.. s.History, new StageChange(e.To, e.Reason, e.By, e.At)],
        },
        _ => state,
    };
}

public sealed partial class InterestProjection : SingleStreamProjection<Interest, Guid>
{
    public override Interest? Evolve(Interest? snapshot, Guid id, IEvent e) => Interest.Next(snapshot, e.Data);
}
