using System.ComponentModel.DataAnnotations;
using TechTransfer.BuildingBlocks.Domain;

namespace TechTransfer.Financing.Api.Investors.Register;

/// <summary>Register an investor (request body). The server assigns its id; a partner system of the investor acts with that id as organisation.</summary>
public sealed record RegisterInvestor(
    [Required, StringLength(200, MinimumLength = 2)] string Name,
    [Required] InvestorKind? Kind,
    [Required] MoneySource? Source);

/// <summary>An investor was registered: the start of its stream.</summary>
public sealed record InvestorRegistered(Guid InvestorId, string Name, InvestorKind Kind, MoneySource Source, string By, DateTimeOffset At);

public static class RegisterInvestorDecision
{
    public static IReadOnlyList<object> Decide(Guid investorId, RegisterInvestor command, string by, DateTimeOffset now)
    {
        var name = command.Name.Trim();
        if (name.Length < 2) throw new DomainRuleViolationException("investor-is-named", "An investor needs a name of at least 2 characters besides spaces.");
        var kind = command.Kind ?? throw new DomainRuleViolationException("investor-kind-is-given", "Say which kind of investor this is.");
        var source = command.Source ?? throw new DomainRuleViolationException("money-source-is-given", "Say whether the investor's money is public or private.");
        return [new InvestorRegistered(investorId, name, kind, source, by, now)];
    }
}
