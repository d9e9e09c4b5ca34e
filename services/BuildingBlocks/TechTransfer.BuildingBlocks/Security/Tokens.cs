using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TechTransfer.BuildingBlocks.Security;

/// <summary>Mints tokens signed with the shared key: for local use (deploy/token.sh) and tests, not for production.</summary>
public static class Tokens
{
    public static SymmetricSecurityKey KeyFrom(JwtOptions options) =>
        new(Convert.FromBase64String(options.SigningKey
            ?? throw new InvalidOperationException($"{JwtOptions.Section}:SigningKey is not set.")));

    public static string NewSigningKey() => Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    public static string Mint(JwtOptions options, string role, string name, Guid? organisation = null, TimeSpan? lifetime = null, DateTimeOffset? now = null)
    {
        var issuedAt = now ?? DateTimeOffset.UtcNow;
        var claims = new List<Claim> { new(Claims.Subject, name), new(Claims.Name, name), new(Claims.Role, role) };
        if (organisation is { } org) claims.Add(new Claim(Claims.Organisation, org.ToString()));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = issuedAt.UtcDateTime,
            NotBefore = issuedAt.UtcDateTime,
            Expires = (issuedAt + (lifetime ?? TimeSpan.FromHours(8))).UtcDateTime,
            SigningCredentials = new SigningCredentials(KeyFrom(options), SecurityAlgorithms.HmacSha256),
        });
    }
}
