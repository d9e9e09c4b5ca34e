using System.ComponentModel.DataAnnotations;
using JasperFx.Events;
using Marten.Events.Aggregation;
using TechTransfer.BuildingBlocks.Domain;

namespace TechTransfer.Financing.Api.Investors;

/// <summary>The kinds of financier the seeds name.</summary>
public enum InvestorKind { BusinessAngel, VentureFund, RegionalSeedFund, PublicAgency, Bank }

/// <summary>Whose money an investor puts in: public money is what the leverage figures divide by.</summary>
public enum MoneySource { Public, Private }

/// <summary>Register an investor (request body). The server assigns its id; a partner system of the investor acts with that id as organisation.</summary>
public sealed record RegisterInvestor(
    [Required, StringLength(200, MinimumLength = 2)] string Name,
    [Required] InvestorKind? Kind,
    [Required] MoneySource? Source);

/// <summary>An investor was registered: the start of its stream.</summary>
public sealed record InvestorRegistered(Guid InvestorId, string Name, InvestorKind Kind, MoneySource Source, string By, DateTimeOffset At);

/// <summary>An investor as staff and financiers see it (inline snapshot).</summary>
public sealed record Investor
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public string Name { get; init; } = "";
    public InvestorKind Kind { get; init; }
    public MoneySource Source { get; init; }
    public DateTimeOffset RegisteredAt { get; init; }

    public static Investor? Next(Investor? state, object @event) => @event switch
    {
        InvestorRegistered e => new Investor { Id = e.InvestorId, Name = e.Name, Kind = e.Kind, Source = e.Source, RegisteredAt = e.At },
        _ => state,
    };
}

public sealed partial class InvestorProjection : SingleStreamProjection<Investor, Guid>
{
    public override Investor? Evolve(Investor? snapshot, Guid id, IEvent e) => Investor.Next(snapshot, e.Data);
}

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
