using System.ComponentModel.DataAnnotations;
using TechTransfer.BuildingBlocks.Domain;

namespace TechTransfer.Financing.Api.Panels.Form;

public sealed record FormPanel([Required, StringLength(200, MinimumLength = 2)] string Name, [Required, MaxLength(100)] IReadOnlyList<Guid> Members);

public sealed record PanelFormed(Guid PanelId, string Name, IReadOnlyList<Guid> Members, string By, DateTimeOffset At);

/// <summary>Pure: which investors exist is looked up by the handler and passed in.</summary>
public static class FormPanelDecision
{
    public static IReadOnlyList<object> Decide(Guid panelId, FormPanel command, IReadOnlySet<Guid> knownInvestors, string by, DateTimeOffset now)
    {
        var name = command.Name.Trim();
        if (name.Length < 2) throw new DomainRuleViolationException("panel-is-named", "A panel needs a name of at least 2 characters besides spaces.");
        var members = command.Members.Distinct().ToList();
        if (members.Count == 0) throw new DomainRuleViolationException("panel-has-members", "A panel needs at least one member.");
        if (members.FirstOrDefault(m => !knownInvestors.Contains(m)) is var unknown && unknown != Guid.Empty)
            throw new DomainRuleViolationException("members-are-registered-investors", $"Investor {unknown} is not registered.");
        return [new PanelFormed(panelId, name, members, by, now)];
    }
}
