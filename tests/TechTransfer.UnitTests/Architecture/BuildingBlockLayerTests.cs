using TechTransfer.BuildingBlocks.Domain;

namespace TechTransfer.UnitTests.Architecture;

/// <summary>
/// The building blocks are layers: a module uses only the modules below it, so each can be read, tested and
/// replaced without the ones above it, and no two know each other (a namespace loop). Access (API keys, confidential
/// reads) sits above the plumbing and is registered only by the services that use it.
/// </summary>
public sealed class BuildingBlockLayerTests
{
    /// <summary>Bottom first.</summary>
    public static readonly IReadOnlyList<string> Layers =
        ["Domain", "Money", "Runtime", "Observability", "Health", "Security", "Writes", "Persistence", "Http", "Messaging", "Access", "Hosting"];

    private const string Root = "TechTransfer.BuildingBlocks.";

    [Fact]
    public void Every_module_is_a_layer()
    {
        var modules = TypeDependencies.Of(typeof(NotFoundException).Assembly, Root).SelectMany(d => new[] { d.From, d.To }).Select(Module).Distinct();
        modules.Where(m => !Layers.Contains(m)).ShouldBeEmpty("a new module of the building blocks needs its place in Layers");
    }

    [Fact]
    public void A_module_uses_only_the_modules_below_it()
    {
        var upward = TypeDependencies.Of(typeof(NotFoundException).Assembly, Root)
            .Where(d => Rank(d.From) < Rank(d.To))
            .Select(d => $"{d.Type} ({Module(d.From)}) uses {Module(d.To)}")
            .Distinct().Order();
        upward.ShouldBeEmpty();
    }

    private static string Module(string ns) => ns[Root.Length..].Split('.')[0];

    private static int Rank(string ns) => Layers.ToList().IndexOf(Module(ns)) is var i and >= 0 ? i : int.MaxValue;
}
