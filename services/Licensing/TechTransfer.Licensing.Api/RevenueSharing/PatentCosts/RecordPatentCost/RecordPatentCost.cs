using System.ComponentModel.DataAnnotations;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Money;

namespace TechTransfer.Licensing.Api.RevenueSharing.PatentCosts.RecordPatentCost;

/// <summary>A patent cost the office paid for a technology (request body): filing, prosecution, translation, annuities.</summary>
public sealed record RecordPatentCost(
    [Required, Range(typeof(decimal), "0.01", "100000000000")] decimal? Amount,
    [Required, StringLength(200, MinimumLength = 2)] string Reference,
    [StringLength(3, MinimumLength = 3)] string? Currency = null,
    DateOnly? IncurredOn = null,
    [StringLength(500)] string? Description = null);

public sealed record PatentCostRecorded(Guid CostId, Guid TechnologyId, Money Amount, DateOnly IncurredOn, string Reference, string? Description, string By, DateTimeOffset At);

public static class RecordPatentCostDecision
{
    public static IReadOnlyList<object> Decide(Guid technologyId, RecordPatentCost command, Guid costId, DateOnly today, string by, DateTimeOffset now)
    {
        var amount = Money.Of(command.Amount ?? 0m, command.Currency ?? Money.DefaultCurrency, "patent cost");
        var incurredOn = command.IncurredOn ?? today;
        if (incurredOn > today)
            throw new DomainRuleViolationException("cost-date-is-not-in-the-future", $"The cost date ({incurredOn:yyyy-MM-dd}) is in the future; record a cost once it is incurred.");
        if (string.IsNullOrWhiteSpace(command.Reference)) throw new DomainRuleViolationException("cost-has-a-reference", "Give the invoice or docket reference of the cost.");
        return [new PatentCostRecorded(costId, technologyId, amount, incurredOn, command.Reference.Trim(), command.Description?.Trim(), by, now)];
    }
}
