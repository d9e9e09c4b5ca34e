using TechTransfer.BuildingBlocks.Money;

namespace TechTransfer.Licensing.Api.RevenueSharing.PatentCosts;

public sealed record PatentCost(Guid Id, Money Amount, DateOnly IncurredOn, string Reference, string? Description, string By, DateTimeOffset At);
