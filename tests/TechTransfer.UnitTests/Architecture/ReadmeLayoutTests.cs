using System.Text.RegularExpressions;
using TechTransfer.Testing;

namespace TechTransfer.UnitTests.Architecture;

/// <summary>Each service README's layout table is the tree: every folder it names exists, and every command folder is in it.</summary>
public sealed partial class ReadmeLayoutTests
{
    [Theory]
    [MemberData(nameof(ServiceAssemblies.Names), MemberType = typeof(ServiceAssemblies))]
    public void The_layout_table_names_the_folders_that_exist(string assembly)
    {
        var service = ServiceAssemblies.Short(assembly);
        var project = Path.Combine(RepositoryRoot.Path, "services", service, $"TechTransfer.{service}.Api");
        var missing = TableFolders(service).Where(f => !Directory.Exists(Path.Combine(project, f)));
        missing.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(ServiceAssemblies.Names), MemberType = typeof(ServiceAssemblies))]
    public void Every_command_folder_is_in_the_layout_table(string assembly)
    {
        var commandFolders = ServiceAssemblies.Decisions(ServiceAssemblies.Named(assembly))
            .Select(t => t.Namespace![(assembly.Length + 1)..].Replace('.', '/') + "/")
            .Distinct();
        commandFolders.Except(TableFolders(ServiceAssemblies.Short(assembly))).ShouldBeEmpty();
    }

    private static IReadOnlyList<string> TableFolders(string service) =>
        [.. Row().Matches(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "services", service, "README.md"))).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"^\| `([A-Za-z/]+/)` \|", RegexOptions.Multiline)]
    private static partial Regex Row();

}
