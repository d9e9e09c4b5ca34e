namespace TechTransfer.Disclosures.Api.Technologies;

/// <summary>Which service reported a step of the journey.</summary>
public static class Sources
{
    public const string Disclosures = "disclosures";
    public const string Licensing = "licensing";
    public const string Incubation = "incubation";
    public const string Financing = "financing";
}
