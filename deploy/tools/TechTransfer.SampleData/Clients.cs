using Microsoft.Extensions.DependencyInjection;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Client;

namespace TechTransfer.SampleData;

/// <summary>The partner SDK for one caller: a token minted for its role, organisation and name.</summary>
public static class Clients
{
    public static IServiceProvider For(Addresses addresses, JwtOptions jwt, string role, string name, Guid? organisation, DateOnly today) =>
        new ServiceCollection()
            .AddTechTransferClient(options =>
            {
                options.Disclosures = addresses.Disclosures;
                options.Licensing = addresses.Licensing;
                options.Incubation = addresses.Incubation;
                options.Financing = addresses.Financing;
                options.BearerToken = _ => ValueTask.FromResult(Token(jwt, role, name, organisation, today));
            })
            .BuildServiceProvider();

    /// <summary>
    /// Valid for an hour on the machine's clock and on the services' (moved by Clock:Today): a token's lifetime is
    /// checked on whichever the token handler reads.
    /// </summary>
    private static string Token(JwtOptions jwt, string role, string name, Guid? organisation, DateOnly today)
    {
        var now = DateTimeOffset.UtcNow;
        var shift = TimeSpan.FromDays(today.DayNumber - DateOnly.FromDateTime(now.UtcDateTime).DayNumber);
        var from = shift < TimeSpan.Zero ? now + shift : now;
        return Tokens.Mint(jwt, role, name, organisation, shift.Duration() + TimeSpan.FromHours(1), from);
    }
}
