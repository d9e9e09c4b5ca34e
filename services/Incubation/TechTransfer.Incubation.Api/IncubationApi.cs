namespace TechTransfer.Incubation.Api;

/// <summary>Names this service's assembly for test hosts (WebApplicationFactory&lt;IncubationApi&gt;).</summary>
public abstract class IncubationApi;
