using Refit;

namespace TechTransfer.Client;

/// <summary>
/// Optimistic concurrency the services' way: reads send the version as a strong ETag (<c>"3"</c>), writes that
/// take <c>If-Match</c> are refused with 412 when the resource moved on. Pass <see cref="For(long)"/> (or the
/// ETag a read returned) as the <c>ifMatch</c> argument; leave it null to write whatever the version.
/// </summary>
public static class ETags
{
    /// <summary>The ETag (and If-Match value) of a version: <c>"3"</c>.</summary>
    public static string For(long version) => $"\"{version.ToString(System.Globalization.CultureInfo.InvariantCulture)}\"";

    /// <summary>The ETag a read answered with, or null.</summary>
    public static string? ETag(this IApiResponse response) => response.Headers?.ETag?.ToString();

    /// <summary>The content of a successful read, or the <see cref="ApiException"/> (with the ProblemDetails) it failed with.</summary>
    public static T Ok<T>(this IApiResponse<T> response) =>
        response.IsSuccessful && response.Content is { } content
            ? content
            : throw (Exception?)response.Error ?? new InvalidOperationException($"The answer ({response.StatusCode}) has no content.");
}
