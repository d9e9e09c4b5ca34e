using Refit;

namespace TechTransfer.Client.Disclosures;

/// <summary>The Disclosures service's REST API.</summary>
public interface IDisclosuresApi
{
}
