namespace TechTransfer.Licensing.Api.RevenueSharing;

public static class RowIds
{
    /// <summary>Stable per payment and party (inventor, owner), so a projection rebuild writes the same rows.</summary>
    public static Guid Of(Guid paymentId, Guid partyId)
    {
        var a = paymentId.ToByteArray();
        var b = partyId.ToByteArray();
        for (var i = 0; i < a.Length; i++) a[i] ^= b[i];
        return new Guid(a);
    }
}
