using System.Reflection;
using TechTransfer.BuildingBlocks.Runtime;
using TechTransfer.Contracts;

namespace TechTransfer.UnitTests.Architecture;

/// <summary>
/// The one slice layout every service follows (services/*/README.md, "Layout"): a folder per command holds its pure
/// decision and the one way in to it, an endpoint or a scheduled check or the consumers of the news it decides on.
/// Decisions know nothing of the store, the web or the bus, so they are tested as plain functions.
/// </summary>
public sealed class SliceLayoutTests
{
    private static Assembly Service(string name) => ServiceAssemblies.Named(name);

    private static IEnumerable<Type> Decisions(Assembly service) => ServiceAssemblies.Decisions(service);

    [Theory]
    [MemberData(nameof(ServiceAssemblies.Names), MemberType = typeof(ServiceAssemblies))]
    public void Each_command_has_its_own_decision_not_a_shared_Decisions_class(string service)
    {
        var shared = Service(service).GetTypes().Where(t => t is { IsAbstract: true, IsSealed: true } && t.Name.EndsWith("Decisions", StringComparison.Ordinal))
            .Select(t => t.FullName);
        shared.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(ServiceAssemblies.Names), MemberType = typeof(ServiceAssemblies))]
    public void A_decision_is_one_static_Decide_in_its_own_command_folder(string service)
    {
        var wrong = Decisions(Service(service))
            .Where(d => d.GetMethods(BindingFlags.Public | BindingFlags.Static).All(m => m.Name != "Decide"))
            .Select(d => $"{d.FullName} has no public static Decide");
        wrong.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(ServiceAssemblies.Names), MemberType = typeof(ServiceAssemblies))]
    public void A_command_folder_holds_its_way_in_beside_its_decision(string service)
    {
        var types = Service(service).GetTypes();
        var missing = Decisions(Service(service))
            .Where(d => !types.Any(t => t.Namespace == d.Namespace && IsWayIn(t)))
            .Select(d => $"{d.Namespace} holds {d.Name} but no endpoint (a static class with a Map… method), scheduled check or consumer");
        missing.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(ServiceAssemblies.Names), MemberType = typeof(ServiceAssemblies))]
    public void Decisions_know_neither_the_store_the_web_nor_the_bus(string service)
    {
        string[] forbidden = ["Marten", "JasperFx", "Npgsql", "Microsoft.AspNetCore", "MassTransit"];
        var names = Decisions(Service(service)).Select(d => d.FullName!).ToHashSet();
        var uses = TypeDependencies.External(Service(service))
            .Where(u => names.Contains(u.Type) && forbidden.Any(f => u.To == f || u.To.StartsWith(f + ".", StringComparison.Ordinal)))
            .Select(u => $"{u.Type} uses {u.To}")
            .Distinct();
        uses.ShouldBeEmpty();
    }

    [Fact]
    public void Contracts_hold_only_records_and_their_constants()
    {
        var others = typeof(WireName).Assembly.GetExportedTypes()
            // Records, classes and structs alike, have a compiler-made PrintMembers.
            .Where(t => !t.IsEnum && !(t.IsAbstract && t.IsSealed) && t.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is null)
            .Select(t => t.FullName);
        others.ShouldBeEmpty();
    }

    private static bool IsWayIn(Type t) =>
        (t is { IsAbstract: true, IsSealed: true } && t.GetMethods(BindingFlags.Public | BindingFlags.Static).Any(m => m.Name.StartsWith("Map", StringComparison.Ordinal)))
        || typeof(ScheduledCheck).IsAssignableFrom(t)
        || t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(MassTransit.IConsumer<>));
}
