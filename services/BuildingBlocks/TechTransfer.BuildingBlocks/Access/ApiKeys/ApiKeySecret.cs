using System.Security.Cryptography;
using System.Text;

namespace TechTransfer.BuildingBlocks.Access.ApiKeys;

/// <summary>
/// The form of an API key: <c>ttk_{keyId}_{secret}</c>. The id finds the record; the secret (32 random
/// bytes) is stored only as its SHA-256 hash. A slow hash is not needed: the secret is not a password
/// a person chose, it has 256 bits of entropy.
/// </summary>
public static class ApiKeySecret
{
    private const string Prefix = "ttk_";

    public static (string Key, string Hash) New(Guid keyId)
    {
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        return ($"{Prefix}{keyId:N}_{secret}", Hash(secret));
    }

    public static bool TryParse(string? key, out Guid keyId, out string secret)
    {
        keyId = default;
        secret = "";
        if (key is null || !key.StartsWith(Prefix, StringComparison.Ordinal)) return false;
        var parts = key[Prefix.Length..].Split('_', 2);
        if (parts.Length != 2 || !Guid.TryParseExact(parts[0], "N", out keyId) || parts[1].Length < 32) return false;
        secret = parts[1];
        return true;
    }

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static bool Matches(string secret, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(storedHash));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
