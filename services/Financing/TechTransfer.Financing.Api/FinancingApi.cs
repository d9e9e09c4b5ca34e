namespace TechTransfer.Financing.Api;

/// <summary>Names this service's assembly for test hosts (WebApplicationFactory&lt;FinancingApi&gt;).</summary>
public abstract class FinancingApi;
