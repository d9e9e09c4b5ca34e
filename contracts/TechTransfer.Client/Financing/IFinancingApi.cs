using Refit;

namespace TechTransfer.Client.Financing;

/// <summary>The Financing service's REST API.</summary>
public interface IFinancingApi
{
}
