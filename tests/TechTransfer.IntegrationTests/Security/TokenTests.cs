using System.Net;
using System.Net.Http.Headers;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Licensing.Api;
using TechTransfer.Testing.Hosts;
using TechTransfer.Testing.Infrastructure;

namespace TechTransfer.IntegrationTests.Security;

/// <summary>Only tokens from the configured issuer, for our audience, in their lifetime and signed with the trusted key get in.</summary>
public sealed class TokenTests(TestInfrastructure infrastructure)
{
    private const string StaffEndpoint = "/known-technologies/0195f3a0-0000-7000-8000-000000000001";

    public static TheoryData<string, string> RefusedTokens()
    {
        var trusted = TestIdentity.Jwt;
        var now = DateTimeOffset.UtcNow;
        return new()
        {
            { "expired", Tokens.Mint(trusted, Roles.Staff, "late", lifetime: TimeSpan.FromMinutes(5), now: now.AddHours(-1)) },
            { "signed with another key", Tokens.Mint(new JwtOptions { SigningKey = Tokens.NewSigningKey() }, Roles.Staff, "forger") },
            { "another issuer", Tokens.Mint(new JwtOptions { SigningKey = trusted.SigningKey, Issuer = "someone-else" }, Roles.Staff, "x") },
            { "another audience", Tokens.Mint(new JwtOptions { SigningKey = trusted.SigningKey, Audience = "other-api" }, Roles.Staff, "x") },
            { "not a token", "not-a-jwt" },
        };
    }

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task A_bad_token_is_refused_with_401(string why, string token)
    {
        await using var licensing = new ServiceHost<LicensingApi>(infrastructure, "tokens");
        await licensing.StartReadyAsync();
        var client = licensing.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var response = await client.GetAsync(StaffEndpoint, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, why);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task No_token_is_401_a_wrong_role_403_and_the_right_role_gets_through()
    {
        await using var licensing = new ServiceHost<LicensingApi>(infrastructure, "tokens");
        await licensing.StartReadyAsync();
        var ct = TestContext.Current.CancellationToken;

        (await licensing.CreateClient().GetAsync(StaffEndpoint, ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await licensing.ClientAs(Roles.Partner).GetAsync(StaffEndpoint, ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await licensing.ClientAs(Roles.Staff).GetAsync(StaffEndpoint, ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
