namespace TechTransfer.Disclosures.Api.Technologies;

/// <summary>Who did what another service reports.</summary>
public static class Actors
{
    /// <summary>
    /// The person or partner key the source names. Every current publisher names one; a message that does not (sent
    /// by a publisher from before the field existed and still queued) names its service, so the step still says where it came from.
    /// </summary>
    public static string Of(string? by, string source) => string.IsNullOrWhiteSpace(by) ? $"{source} service" : by;
}
