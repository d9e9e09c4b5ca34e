using System.Net.Http.Headers;
using TechTransfer.BuildingBlocks.Security;

namespace TechTransfer.Testing.Hosts;

/// <summary>Callers for tests: tokens signed with the key every test host trusts.</summary>
public static class TestIdentity
{
    /// <summary>One signing key for the test run; each host is configured with it (see <see cref="HostSettings"/>).</summary>
    public static JwtOptions Jwt { get; } = new() { SigningKey = Tokens.NewSigningKey() };

    public static string TokenFor(string role, string name = "test-user", Guid? organisation = null, TimeSpan? lifetime = null, DateTimeOffset? now = null) =>
        Tokens.Mint(Jwt, role, name, organisation, lifetime, now);

    public static HttpClient As(this HttpClient client, string role, string name = "test-user", Guid? organisation = null)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(role, name, organisation));
        return client;
    }
}
