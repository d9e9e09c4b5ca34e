using TechTransfer.EndToEndTests.Running;

namespace TechTransfer.EndToEndTests;

/// <summary>The four services start as processes of their own and answer on their addresses.</summary>
public sealed class SystemStartsTests(RunningSystem system)
{
    [Theory]
    [InlineData(RunningSystem.Disclosures)]
    [InlineData(RunningSystem.Licensing)]
    [InlineData(RunningSystem.Incubation)]
    [InlineData(RunningSystem.Financing)]
    public async Task Each_service_is_ready_on_its_own_address(string context)
    {
        using var http = new HttpClient { BaseAddress = system[context].Address };
        using var ready = await http.GetAsync("/health/ready", TestContext.Current.CancellationToken);
        ready.IsSuccessStatusCode.ShouldBeTrue();
        var description = await http.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        description.ShouldContain($"\"title\"");
    }
}
