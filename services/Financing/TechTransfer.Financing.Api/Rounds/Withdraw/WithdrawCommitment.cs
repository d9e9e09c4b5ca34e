using System.ComponentModel.DataAnnotations;
using TechTransfer.BuildingBlocks.Domain;

namespace TechTransfer.Financing.Api.Rounds.Withdraw;

public sealed record WithdrawCommitment([StringLength(1000)] string? Reason = null);

public sealed record CommitmentWithdrawn(Guid CommitmentId, Guid InvestorId, string? Reason, string By, DateTimeOffset At);

public static class WithdrawCommitmentDecision
{
    public static IReadOnlyList<object> Decide(Round round, Guid commitmentId, WithdrawCommitment command, string by, DateTimeOffset now)
    {
        RoundRules.MustBeOpen(round, "withdraw from");
        var commitment = round.Commitments.FirstOrDefault(c => c.Id == commitmentId) ?? throw new NotFoundException("Commitment", commitmentId);
        if (!commitment.Active)
            throw new DomainRuleViolationException("commitment-is-active", $"The commitment was already withdrawn on {commitment.WithdrawnAt:yyyy-MM-dd}.", RuleKind.CurrentState);
        return [new CommitmentWithdrawn(commitmentId, commitment.InvestorId, command.Reason?.Trim(), by, now)];
    }
}
