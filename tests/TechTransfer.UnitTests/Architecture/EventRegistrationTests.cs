using System.Reflection;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace TechTransfer.UnitTests.Architecture;

/// <summary>
/// Every event a fold reads is registered with the store up front (each module's <c>EventTypes</c>). A store that meets an
/// alias it has not registered reads the event by the .NET type name stored with it, and that name carries the namespace
/// the event had when it was written: after an event moves folder, streams written before would be unreadable to a new
/// process until it appended that type itself.
/// </summary>
public sealed class EventRegistrationTests
{
    [Theory]
    [MemberData(nameof(ServiceAssemblies.Names), MemberType = typeof(ServiceAssemblies))]
    public void Every_folded_event_is_registered(string name)
    {
        var assembly = ServiceAssemblies.Named(name);
        var registered = ((IEnumerable<Type>)assembly.GetType($"{name}.{ServiceAssemblies.Short(name)}Module")!
            .GetField("EventTypes", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!).Select(t => t.FullName).ToHashSet();
        Folded(assembly).Where(t => !registered.Contains(t)).Order().ShouldBeEmpty();
    }

    /// <summary>The service's own types that a fold (<c>Next</c>), a projection or the outbox's contract map tests an event against.</summary>
    private static IEnumerable<string> Folded(Assembly assembly)
    {
        using var module = ModuleDefinition.ReadModule(assembly.Location);
        return [.. module.GetTypes()
            .SelectMany(t => t.Methods.Where(m => m.HasBody && (ReadsEvents(Outermost(t)) || m.Name is "Next" || m.Name.StartsWith("<Next>", StringComparison.Ordinal))))
            .SelectMany(m => m.Body.Instructions)
            .Where(i => i.OpCode == OpCodes.Isinst || i.OpCode == OpCodes.Castclass || i.OpCode == OpCodes.Unbox_Any)
            .Select(i => (TypeReference)i.Operand)
            .Where(t => t.Scope == module && t is TypeDefinition { IsClass: true, IsAbstract: false, IsNested: false })
            .Select(t => t.FullName)
            .Distinct()];
    }

    private static bool ReadsEvents(TypeDefinition type) =>
        type.Interfaces.Any(i => i.InterfaceType.Name == "IContractEventMap")
        || Bases(type).Any(b => b.Name.StartsWith("SingleStreamProjection", StringComparison.Ordinal) || b.Name.StartsWith("MultiStreamProjection", StringComparison.Ordinal)
            || b.Name.StartsWith("EventProjection", StringComparison.Ordinal));

    private static IEnumerable<TypeReference> Bases(TypeDefinition type)
    {
        for (var b = type.BaseType; b is not null; b = (b as TypeDefinition ?? TryResolve(b))?.BaseType) yield return b;
    }

    private static TypeDefinition? TryResolve(TypeReference type)
    {
        try { return type.Resolve(); } catch (AssemblyResolutionException) { return null; }
    }

    private static TypeDefinition Outermost(TypeDefinition type)
    {
        while (type.DeclaringType is not null) type = type.DeclaringType;
        return type;
    }
}
