using TechTransfer.BuildingBlocks.Money;

namespace TechTransfer.Licensing.Api.Licences;

/// <summary>A statement (an invoice to the licensee), due on <see cref="DueOn"/>.</summary>
public sealed record StatementIssued(Guid StatementId, StatementKind Kind, string Description, Money Amount, DateOnly IssuedOn, DateOnly DueOn, Guid? ReportId,
    string By, DateTimeOffset At);
