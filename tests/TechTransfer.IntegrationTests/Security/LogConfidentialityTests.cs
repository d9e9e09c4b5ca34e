using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Disclosures.Api;
using TechTransfer.Testing.Disclosures;
using TechTransfer.Testing.Hosts;
using TechTransfer.Testing.Infrastructure;
using TechTransfer.Testing.Logging;

namespace TechTransfer.IntegrationTests.Security;

/// <summary>No log line, at any level, carries a confidential field, even when the database refuses the write that holds it.</summary>
public sealed class LogConfidentialityTests(TestInfrastructure infrastructure)
{
    [Fact]
    public async Task A_disclosure_the_database_refuses_leaves_no_confidential_field_in_any_log_line()
    {
        var logs = new CapturedLogs();
        await using var host = new ServiceHost<DisclosuresApi>(infrastructure, "logs");
        await using var logged = host.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs).AddFilter<CapturedLogs>(_ => true)));
        var staff = logged.CreateClient().As(Roles.Staff, "olga.staff");
        var ct = TestContext.Current.CancellationToken;

        // PostgreSQL refuses a NUL character in text: the append fails inside the database, with the whole event in its parameters.
        var body = JsonSerializer.SerializeToElement(Sample.Disclosure(title: "Quench detector\u0000 with a NUL"));
        using var refused = await staff.PostAsJsonAsync("/technologies", body, ct);

        ((int)refused.StatusCode).ShouldBeGreaterThanOrEqualTo(400);
        logs.Lines.ShouldNotBeEmpty();
        foreach (var secret in Sample.Confidential)
            logs.Lines.Where(l => l.Contains(secret, StringComparison.OrdinalIgnoreCase)).ShouldBeEmpty($"a log line carries '{secret}'");
    }
}
