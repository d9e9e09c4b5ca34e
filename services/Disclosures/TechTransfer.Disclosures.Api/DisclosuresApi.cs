namespace TechTransfer.Disclosures.Api;

/// <summary>Names this service's assembly for test hosts (WebApplicationFactory&lt;DisclosuresApi&gt;).</summary>
public abstract class DisclosuresApi;
