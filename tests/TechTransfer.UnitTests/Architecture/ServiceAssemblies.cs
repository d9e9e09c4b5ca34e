using System.Reflection;

namespace TechTransfer.UnitTests.Architecture;

/// <summary>The four services, as the architecture tests see them.</summary>
public static class ServiceAssemblies
{
    public static readonly IReadOnlyList<Assembly> All =
    [
        typeof(TechTransfer.Disclosures.Api.DisclosuresApi).Assembly,
        typeof(TechTransfer.Licensing.Api.LicensingApi).Assembly,
        typeof(TechTransfer.Incubation.Api.IncubationApi).Assembly,
        typeof(TechTransfer.Financing.Api.FinancingApi).Assembly,
    ];

    /// <summary>Theory data: each service's assembly name (<c>TechTransfer.Disclosures.Api</c>).</summary>
    public static TheoryData<string> Names() => new(All.Select(a => a.GetName().Name!));

    public static Assembly Named(string name) => All.Single(a => a.GetName().Name == name);

    /// <summary>The service's own name, as its folder under services/ (<c>Disclosures</c>).</summary>
    public static string Short(string name) => name.Split('.')[1];

    /// <summary>Each command's decision: a static class named <c>…Decision</c>.</summary>
    public static IEnumerable<Type> Decisions(Assembly service) =>
        service.GetTypes().Where(t => t is { IsAbstract: true, IsSealed: true, IsNested: false } && t.Name.EndsWith("Decision", StringComparison.Ordinal));
}
