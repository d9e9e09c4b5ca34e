using Refit;

namespace TechTransfer.Client.Licensing;

/// <summary>The Licensing service's REST API.</summary>
public interface ILicensingApi
{
}
