using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace TechTransfer.BuildingBlocks.Http;

/// <summary>
/// Optimistic concurrency over HTTP: reads return the stream version as a strong ETag (<c>"3"</c>),
/// writes take it back in If-Match and are refused when it is stale.
/// </summary>
public static class Versioning
{
    public static string ToETag(long version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>The version named by If-Match, or null when the caller sent none (or <c>*</c>).</summary>
    public static long? ExpectedVersion(this HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0 || header == "*") return null;
        var raw = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        return long.TryParse(raw.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : throw new InvalidRequestException("If-Match", "If-Match must be an ETag returned by this API, e.g. \"3\".");
    }

    public static void SetETag(this HttpResponse response, long version) => response.Headers.ETag = ToETag(version);
}
