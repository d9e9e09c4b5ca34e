using TechTransfer.BuildingBlocks.Money;

namespace TechTransfer.Licensing.Api.RevenueSharing.CoOwners;

public sealed record Payout(Guid Id, Money Amount, DateOnly PaidOn, string Reference, string By, DateTimeOffset At);
