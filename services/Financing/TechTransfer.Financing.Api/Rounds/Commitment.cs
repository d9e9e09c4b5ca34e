using TechTransfer.BuildingBlocks.Money;
using TechTransfer.Financing.Api.Investors;

namespace TechTransfer.Financing.Api.Rounds;

/// <summary>One commitment in a round; a withdrawn one stays on record, no longer counted.</summary>
public sealed record Commitment(Guid Id, Guid InvestorId, string InvestorName, MoneySource Source, Money Amount, DateTimeOffset At, DateTimeOffset? WithdrawnAt = null)
{
    public bool Active => WithdrawnAt is null;
}
