namespace TechTransfer.Client;

/// <summary>The services' names: the keys under which <see cref="Admin.IAdminApi"/> is registered, one per service.</summary>
public static class TechTransferServices
{
    public const string Disclosures = "disclosures";
    public const string Licensing = "licensing";
    public const string Incubation = "incubation";
    public const string Financing = "financing";
}
