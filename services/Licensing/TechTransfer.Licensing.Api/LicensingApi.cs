namespace TechTransfer.Licensing.Api;

/// <summary>Names this service's assembly for test hosts (WebApplicationFactory&lt;LicensingApi&gt;).</summary>
public abstract class LicensingApi;
