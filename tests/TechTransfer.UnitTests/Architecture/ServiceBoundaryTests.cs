using System.Reflection;
using TechTransfer.Contracts;

namespace TechTransfer.UnitTests.Architecture;

/// <summary>Services know each other only through contracts (and, later, the REST client).</summary>
public sealed class ServiceBoundaryTests
{
    private static IReadOnlyList<Assembly> Services => ServiceAssemblies.All;

    [Theory]
    [MemberData(nameof(ServiceAssemblies.Names), MemberType = typeof(ServiceAssemblies))]
    public void A_service_references_no_other_service(string service)
    {
        var assembly = Services.Single(a => a.GetName().Name == service);
        var others = Services.Where(a => a != assembly).Select(a => a.GetName().Name).ToHashSet();
        assembly.GetReferencedAssemblies().Select(r => r.Name).Where(others.Contains).ShouldBeEmpty();
    }

    [Fact]
    public void Contracts_depend_on_nothing_but_the_message_abstractions()
    {
        var references = typeof(WireName).Assembly.GetReferencedAssemblies().Select(r => r.Name!)
            .Where(n => !n.StartsWith("System", StringComparison.Ordinal) && n != "netstandard");
        references.ShouldBe(["MassTransit.Abstractions"], ignoreOrder: true);
    }

    [Fact]
    public void Building_blocks_know_no_service()
    {
        var names = Services.Select(a => a.GetName().Name).ToHashSet();
        typeof(TechTransfer.BuildingBlocks.Runtime.ServiceInfo).Assembly.GetReferencedAssemblies()
            .Select(r => r.Name).Where(names.Contains).ShouldBeEmpty();
    }
}
