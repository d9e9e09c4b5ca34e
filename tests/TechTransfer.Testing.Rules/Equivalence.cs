using System.Collections;
using System.Globalization;
using System.Reflection;

namespace TechTransfer.Testing.Rules;

/// <summary>
/// Events compared as data: the same type with equal public properties, lists item by item in order. A record's
/// Equals compares its lists by reference, and Shouldly's ShouldBeEquivalentTo also compares the lists' types (a
/// decision's List against a test's collection expression); what a list is made of is no part of the event.
/// </summary>
internal static class Equivalence
{
    /// <summary>Where <paramref name="actual"/> first differs from <paramref name="expected"/>, or null when it does not.</summary>
    public static string? Difference(object? actual, object? expected, string path = "") => Compare(actual, expected, path, 0);

    private static string? Compare(object? actual, object? expected, string path, int depth)
    {
        if (actual is null || expected is null)
            return actual is null && expected is null ? null : Differs(path, expected, actual);
        if (depth > 32) return $"{At(path)}nested more than 32 deep (a cycle?)";
        if (expected is string || expected.GetType().IsValueType)
            return actual.GetType() == expected.GetType() && actual.Equals(expected) ? null : Differs(path, expected, actual);
        if (expected is IEnumerable expectedItems)
        {
            if (actual is not IEnumerable actualItems) return Differs(path, expected, actual);
            List<object?> left = [.. actualItems.Cast<object?>()], right = [.. expectedItems.Cast<object?>()];
            if (left.Count != right.Count) return $"{At(path)}expected {right.Count} item(s) [{Show(right)}], was {left.Count} [{Show(left)}]";
            return left.Select((item, i) => Compare(item, right[i], $"{path}[{i}]", depth + 1)).FirstOrDefault(d => d is not null);
        }
        if (actual.GetType() != expected.GetType()) return $"{At(path)}expected a {expected.GetType().Name}, was a {actual.GetType().Name}";
        var type = expected.GetType();
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .Select(p => (p.Name, Read: (Func<object, object?>)p.GetValue));
        var fields = type.GetFields(BindingFlags.Public | BindingFlags.Instance).Select(f => (f.Name, Read: (Func<object, object?>)f.GetValue));
        return properties.Concat(fields)
            .Select(m => Compare(m.Read(actual), m.Read(expected), path.Length == 0 ? m.Name : $"{path}.{m.Name}", depth + 1))
            .FirstOrDefault(d => d is not null);
    }

    private static string Differs(string path, object? expected, object? actual) => $"{At(path)}expected {Show(expected)}, was {Show(actual)}";

    private static string At(string path) => path.Length == 0 ? "" : $"{path}: ";

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => $"[{Show(items.Cast<object?>().ToList())}]",
        _ => value.ToString() ?? value.GetType().Name,
    };

    private static string Show(List<object?> items) => string.Join(", ", items.Select(Show));
}
