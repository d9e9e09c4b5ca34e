namespace TechTransfer.Disclosures.Api.Technologies;

/// <summary>
/// The inventors' contribution shares were set (at disclosure or on amendment). By inventor id and share
/// only: it exists so Licensing can split royalties without ever receiving a name or an e-mail.
/// </summary>
public sealed record InventorSharesSet(IReadOnlyList<InventorShare> Shares, DateTimeOffset At)
{
    public static InventorSharesSet From(IEnumerable<Inventor> inventors, DateTimeOffset at) =>
        new([.. inventors.Select(i => new InventorShare(i.InventorId, i.Share))], at);
}

public sealed record InventorShare(Guid InventorId, decimal Share);
