using System.ComponentModel.DataAnnotations;
using TechTransfer.BuildingBlocks.Domain;

namespace TechTransfer.Financing.Api.Rounds.Cancel;

public sealed record CancelRound([Required, StringLength(1000, MinimumLength = 3)] string Reason);

public sealed record RoundCancelled(Guid StartUpId, string Reason, string By, DateTimeOffset At);

public static class CancelRoundDecision
{
    public static IReadOnlyList<object> Decide(Round round, CancelRound command, string by, DateTimeOffset now)
    {
        RoundRules.MustBeOpen(round, "cancel");
        var reason = command.Reason.Trim();
        if (reason.Length < 3) throw new DomainRuleViolationException("cancellation-has-a-reason", "Say why the round is cancelled.");
        return [new RoundCancelled(round.StartUpId, reason, by, now)];
    }
}
