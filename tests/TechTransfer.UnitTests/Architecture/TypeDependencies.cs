using Mono.Cecil;

namespace TechTransfer.UnitTests.Architecture;

/// <summary>
/// Which types each type of an assembly uses, read from its IL: signatures, attributes and method bodies (reflection
/// sees only signatures). Compiler-made types (closures, state machines) count as the type they were written in.
/// </summary>
public static class TypeDependencies
{
    /// <summary>
    /// (namespace of the using type, namespace of the used type, using type's name) for every use between two namespaces under
    /// <paramref name="root"/> of the assembly.
    /// </summary>
    public static IReadOnlyList<(string From, string To, string Type)> Of(System.Reflection.Assembly assembly, string root)
    {
        using var module = ModuleDefinition.ReadModule(assembly.Location);
        var uses = new HashSet<(string, string, string)>();
        foreach (var type in module.GetTypes())
        {
            var from = NamespaceOf(type);
            if (!from.StartsWith(root, StringComparison.Ordinal)) continue;
            foreach (var used in Used(type).SelectMany(Expand).Where(t => t is not GenericParameter))
                if (NamespaceOf(used) is var to && to != from && to.StartsWith(root, StringComparison.Ordinal))
                    uses.Add((from, to, Outermost(type).FullName));
        }
        return [.. uses];
    }

    private static IEnumerable<TypeReference> Used(TypeDefinition type)
    {
        if (type.BaseType is not null) yield return type.BaseType;
        foreach (var i in type.Interfaces) yield return i.InterfaceType;
        foreach (var a in type.CustomAttributes) yield return a.AttributeType;
        foreach (var f in type.Fields) yield return f.FieldType;
        foreach (var p in type.Properties) yield return p.PropertyType;
        foreach (var m in type.Methods)
        {
            yield return m.ReturnType;
            foreach (var p in m.Parameters) yield return p.ParameterType;
            foreach (var a in m.CustomAttributes) yield return a.AttributeType;
            if (!m.HasBody) continue;
            foreach (var v in m.Body.Variables) yield return v.VariableType;
            foreach (var instruction in m.Body.Instructions)
                switch (instruction.Operand)
                {
                    case TypeReference t: yield return t; break;
                    case MethodReference r:
                        yield return r.DeclaringType;
                        yield return r.ReturnType;
                        foreach (var p in r.Parameters) yield return p.ParameterType;
                        if (r is GenericInstanceMethod g) foreach (var arg in g.GenericArguments) yield return arg;
                        break;
                    case FieldReference f: yield return f.DeclaringType; yield return f.FieldType; break;
                }
        }
    }

    /// <summary>(namespace of the using type, namespace of the used type, using type's name) for every use of a type outside the assembly.</summary>
    public static IReadOnlyList<(string From, string To, string Type)> External(System.Reflection.Assembly assembly)
    {
        using var module = ModuleDefinition.ReadModule(assembly.Location);
        var uses = new HashSet<(string, string, string)>();
        foreach (var type in module.GetTypes())
            foreach (var used in Used(type).SelectMany(Expand).Where(t => t is not GenericParameter && t.Scope is not ModuleDefinition))
                uses.Add((NamespaceOf(type), NamespaceOf(used), Outermost(type).FullName));
        return [.. uses];
    }

    /// <summary>A type and, for <c>List&lt;Round&gt;</c> or <c>Round[]</c>, what it is made of.</summary>
    private static IEnumerable<TypeReference> Expand(TypeReference type)
    {
        yield return type;
        if (type is GenericInstanceType generic)
            foreach (var arg in generic.GenericArguments.SelectMany(Expand)) yield return arg;
        if (type is TypeSpecification spec)
            foreach (var element in Expand(spec.ElementType)) yield return element;
    }

    private static string NamespaceOf(TypeReference type)
    {
        while (type is TypeSpecification spec) type = spec.ElementType;
        return Outermost(type).Namespace;
    }

    private static TypeReference Outermost(TypeReference type)
    {
        while (type.DeclaringType is not null) type = type.DeclaringType;
        return type;
    }
}
