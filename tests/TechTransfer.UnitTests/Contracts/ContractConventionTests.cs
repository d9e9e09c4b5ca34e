using System.Reflection;
using System.Text.RegularExpressions;
using MassTransit;
using TechTransfer.Contracts;

namespace TechTransfer.UnitTests.Contracts;

/// <summary>Holds the wire-name rules of contracts/TechTransfer.Contracts/WIRE-NAMES.md.</summary>
public sealed partial class ContractConventionTests
{
    public static TheoryData<Type> Contracts() => new(typeof(WireName).Assembly.GetExportedTypes()
        .Where(t => t.IsClass && !t.IsAbstract && t.Namespace!.StartsWith("TechTransfer.Contracts.", StringComparison.Ordinal)));

    [Fact]
    public void There_are_contracts_to_check() => Contracts().Count.ShouldBeGreaterThan(0);

    [Theory]
    [MemberData(nameof(Contracts))]
    public void Each_contract_fixes_its_urn_and_exchange_from_its_context_name_and_version(Type contract)
    {
        var urn = contract.GetCustomAttribute<MessageUrnAttribute>().ShouldNotBeNull($"{contract.Name} has no [MessageUrn]").Urn.ToString();
        var exchange = contract.GetCustomAttribute<EntityNameAttribute>().ShouldNotBeNull($"{contract.Name} has no [EntityName]").EntityName;

        var context = contract.Namespace!["TechTransfer.Contracts.".Length..].ToLowerInvariant();
        var (name, version) = NameAndVersion(contract.Name);
        urn.ShouldBe($"urn:message:{WireName.UrnPrefix}{context}:{name}:v{version}");
        exchange.ShouldBe($"{WireName.ExchangePrefix}{context}.{name}.v{version}");
    }

    [Fact]
    public void No_two_contracts_share_a_wire_name()
    {
        var types = Contracts().Select(row => (Type)row.Data).ToList();
        types.Select(t => t.GetCustomAttribute<MessageUrnAttribute>()?.Urn.ToString()).ShouldBeUnique();
        types.Select(t => t.GetCustomAttribute<EntityNameAttribute>()?.EntityName).ShouldBeUnique();
    }

    [Theory]
    [MemberData(nameof(Contracts))]
    public void Each_contract_is_an_immutable_record(Type contract)
    {
        contract.GetMethod("<Clone>$").ShouldNotBeNull($"{contract.Name} should be a record");
        contract.GetProperties().Where(p => p.SetMethod is { IsPublic: true } && !p.SetMethod.ReturnParameter
                .GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)))
            .ShouldBeEmpty($"{contract.Name} should have init-only properties");
    }

    private static (string Name, int Version) NameAndVersion(string typeName)
    {
        var match = VersionSuffix().Match(typeName);
        var bare = match.Success ? typeName[..match.Index] : typeName;
        var kebab = KebabBoundary().Replace(bare, "-$1").ToLowerInvariant();
        return (kebab, match.Success ? int.Parse(match.Groups[1].Value) : 1);
    }

    [GeneratedRegex("V([0-9]+)$")]
    private static partial Regex VersionSuffix();

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex KebabBoundary();
}
