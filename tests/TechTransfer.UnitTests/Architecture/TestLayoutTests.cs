using System.Text.RegularExpressions;
using TechTransfer.Testing;

namespace TechTransfer.UnitTests.Architecture;

/// <summary>
/// Each service's tests live in its own two projects, which reference that service and no other (the exceptions
/// say why in their project file); the shared projects hold what spans services.
/// </summary>
public sealed partial class TestLayoutTests
{
    /// <summary>Test projects that start another service beside their own, and the service they start.</summary>
    private static readonly HashSet<(string Project, string Service)> StartsAnother =
    [
        ("TechTransfer.Incubation.IntegrationTests", "Financing"),
    ];

    [Theory]
    [MemberData(nameof(ServiceAssemblies.Names), MemberType = typeof(ServiceAssemblies))]
    public void Each_service_has_a_unit_and_an_integration_test_project_of_its_own(string name)
    {
        var service = ServiceAssemblies.Short(name);
        foreach (var kind in new[] { "UnitTests", "IntegrationTests" })
        {
            var project = $"TechTransfer.{service}.{kind}";
            var file = Path.Combine(RepositoryRoot.Path, "tests", project, project + ".csproj");
            File.Exists(file).ShouldBeTrue($"{project} is missing");
            var referenced = ServiceReference().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value).ToList();
            referenced.ShouldContain(service, $"{project} does not reference its service");
            referenced.Where(other => other != service && !StartsAnother.Contains((project, other)))
                .ShouldBeEmpty($"{project} references another service; its tests belong in that service's project or a shared one");
        }
    }

    [Theory]
    [InlineData("TechTransfer.UnitTests")]
    [InlineData("TechTransfer.IntegrationTests")]
    public void The_shared_test_projects_hold_no_service_folder(string project)
    {
        var folders = Directory.GetDirectories(Path.Combine(RepositoryRoot.Path, "tests", project)).Select(Path.GetFileName);
        folders.Intersect(ServiceAssemblies.All.Select(a => ServiceAssemblies.Short(a.GetName().Name!)))
            .ShouldBeEmpty($"a service's tests go in tests/TechTransfer.<Service>.UnitTests or .IntegrationTests, not in {project}");
    }

    [GeneratedRegex(@"<ProjectReference Include=""[./\\]*services[/\\](\w+)[/\\]")]
    private static partial Regex ServiceReference();
}
