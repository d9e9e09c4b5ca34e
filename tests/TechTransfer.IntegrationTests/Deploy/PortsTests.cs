using System.Diagnostics;
using System.Text.RegularExpressions;
using TechTransfer.Testing;

namespace TechTransfer.IntegrationTests.Deploy;

/// <summary>
/// deploy/ports.env sets every port of the local run: TT_PORT_OFFSET moves all of them at once for a second copy on one
/// machine, and the defaults the services carry for a plain `dotnet run` are the same numbers.
/// </summary>
public sealed partial class PortsTests
{
    private static async Task<int[]> PortsAsync(string? offset)
    {
        var lib = Path.Combine(RepositoryRoot.Path, "deploy", "lib.sh");
        var start = new ProcessStartInfo("bash", ["-c", $"source '{lib}'; echo ${{PORTS[@]}} $POSTGRES_PORT $AMQP_PORT $DIST_PORT $MANAGEMENT_PORT"])
        {
            RedirectStandardOutput = true,
        };
        start.Environment.Remove("TT_PORT_OFFSET");
        if (offset is not null) start.Environment["TT_PORT_OFFSET"] = offset;
        using var bash = Process.Start(start)!;
        var output = await bash.StandardOutput.ReadToEndAsync();
        await bash.WaitForExitAsync();
        return [.. output.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse)];
    }

    [Fact]
    public async Task An_offset_moves_every_port_and_the_two_copies_share_none()
    {
        var first = await PortsAsync("0");
        var second = await PortsAsync("1000");

        first.Length.ShouldBe(8);
        second.ShouldBe(first.Select(p => p + 1000).ToArray());
        first.Intersect(second).ShouldBeEmpty();
        first.Distinct().Count().ShouldBe(first.Length);
    }

    [Fact]
    public async Task The_services_development_defaults_are_the_ports_file_defaults()
    {
        var ports = await PortsAsync("0");
        var (services, postgres, amqp) = (ports[..4], ports[4], ports[5]);
        string[] contexts = ["Disclosures", "Licensing", "Incubation", "Financing"];
        for (var i = 0; i < contexts.Length; i++)
        {
            var api = Path.Combine(RepositoryRoot.Path, "services", contexts[i], $"TechTransfer.{contexts[i]}.Api");
            var launch = await File.ReadAllTextAsync(Path.Combine(api, "Properties", "launchSettings.json"), TestContext.Current.CancellationToken);
            launch.ShouldContain($"http://127.0.0.1:{services[i]}", Case.Sensitive, $"{contexts[i]}'s launchSettings.json");
            var development = await File.ReadAllTextAsync(Path.Combine(api, "appsettings.Development.json"), TestContext.Current.CancellationToken);
            foreach (Match url in LocalPort().Matches(development))
                int.Parse(url.Groups[1].Value).ShouldBeOneOf([postgres, amqp, services[0]], $"{contexts[i]}'s appsettings.Development.json names {url.Value}");
        }
    }

    [GeneratedRegex(@"127\.0\.0\.1[:;]\D*?(\d{4,5})")]
    private static partial Regex LocalPort();
}
