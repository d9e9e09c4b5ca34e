using TechTransfer.Client;

namespace TechTransfer.UnitTests.Client;

/// <summary>The SDK is the published wire shape: it knows no service, no building block and no contract type.</summary>
public sealed class ClientBoundaryTests
{
    [Fact]
    public void The_sdk_references_no_project_of_the_services()
    {
        typeof(ClientJson).Assembly.GetReferencedAssemblies().Select(r => r.Name!)
            .Where(n => n.StartsWith("TechTransfer.", StringComparison.Ordinal)).ShouldBeEmpty();
    }
}
