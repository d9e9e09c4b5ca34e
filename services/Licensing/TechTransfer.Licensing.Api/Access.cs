using System.Security.Claims;
using TechTransfer.BuildingBlocks.Security;

namespace TechTransfer.Licensing.Api;

/// <summary>
/// Object-level access in Licensing. Staff see everything; a licensee's partner system (its <c>org</c> claim is the
/// organisation recorded on the licensee) sees and reports on that licensee's licences and statements only. Anything
/// else is a 404, like an id that does not exist (<see cref="Visibility"/>).
/// </summary>
public static class Access
{
    /// <summary>For lists: the licensee organisation to filter on, or null when the caller sees all.</summary>
    public static Guid? LicenseeFilter(this ClaimsPrincipal caller) => caller.OrganisationFilter();
}
