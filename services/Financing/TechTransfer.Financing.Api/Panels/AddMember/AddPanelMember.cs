using System.ComponentModel.DataAnnotations;
using TechTransfer.BuildingBlocks.Domain;

namespace TechTransfer.Financing.Api.Panels.AddMember;

public sealed record AddPanelMember([Required] Guid? InvestorId);

public sealed record PanelMemberAdded(Guid InvestorId, string By, DateTimeOffset At);

/// <summary>Pure: whether the investor exists is looked up by the handler and passed in.</summary>
public static class AddPanelMemberDecision
{
    public static IReadOnlyList<object> Decide(Panel panel, Guid investorId, bool investorIsKnown, string by, DateTimeOffset now)
    {
        if (!investorIsKnown) throw new DomainRuleViolationException("members-are-registered-investors", $"Investor {investorId} is not registered.");
        if (panel.Members.Contains(investorId))
            throw new DomainRuleViolationException("member-is-new", "The investor already sits on this panel.", RuleKind.CurrentState);
        return [new PanelMemberAdded(investorId, by, now)];
    }
}
