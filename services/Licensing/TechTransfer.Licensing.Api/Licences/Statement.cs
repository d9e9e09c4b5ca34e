using TechTransfer.BuildingBlocks.Money;

namespace TechTransfer.Licensing.Api.Licences;

/// <summary>One statement on a licence and what was paid against it.</summary>
public sealed record Statement(Guid Id, StatementKind Kind, string Description, Money Amount, Money Paid, DateOnly IssuedOn, DateOnly DueOn, Guid? ReportId)
{
    public Money Outstanding => Amount - Paid;
    public bool Settled => Paid.Amount >= Amount.Amount;
}
