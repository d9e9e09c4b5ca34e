using Refit;

namespace TechTransfer.Client.Incubation;

/// <summary>The Incubation service's REST API.</summary>
public interface IIncubationApi
{
}
