using System.Security.Cryptography;
using System.Text;

namespace TechTransfer.Licensing.Api.RevenueSharing;

/// <summary>
/// Stream ids derived from what a stream is about (a facility's name, a co-owner's name, a technology's ledger), so
/// every writer finds the same stream without a look-up table, and two writers starting it at once collide (Marten
/// refuses the second: a write conflict, retried) instead of making two. A name-based (RFC 4122 version 5 style) id.
/// </summary>
public static class StreamKeys
{
    public static Guid Policies(string facility) => From("policies", Normalise(facility));

    public static Guid CoOwner(string owner) => From("co-owner", Normalise(owner));

    /// <summary>The technology's revenue ledger (patent costs, recoveries, income shared); not the technology id itself, which is its exclusivity stream.</summary>
    public static Guid Ledger(Guid technologyId) => From("ledger", technologyId.ToString("N"));

    /// <summary>Names compare trimmed and case-insensitively ("EPFL" and "epfl " are one owner).</summary>
    public static string Normalise(string name) => name.Trim().ToLowerInvariant();

    private static Guid From(string kind, string key)
    {
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes($"techtransfer:licensing:{kind}:{key}"));
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
