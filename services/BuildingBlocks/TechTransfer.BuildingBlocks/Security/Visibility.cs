using System.Security.Claims;
using TechTransfer.BuildingBlocks.Domain;

namespace TechTransfer.BuildingBlocks.Security;

/// <summary>
/// Object-level authorization. Staff and admin see everything; a caller bound to an organisation (a
/// licensee, an investor, an incubator) sees only what that organisation owns. Anything else is reported
/// as not found, exactly like an id that does not exist, so guessing ids reveals nothing.
/// </summary>
public static class Visibility
{
    public static T VisibleTo<T>(this T? resource, ClaimsPrincipal caller, Func<T, Guid?> owner, string what, object id) where T : class
    {
        if (resource is null) throw new NotFoundException(what, id);
        if (caller.IsStaffSide()) return resource;
        var organisation = caller.OrganisationId();
        return organisation is not null && owner(resource) == organisation ? resource : throw new NotFoundException(what, id);
    }

    /// <summary>For list queries: the organisation to filter on, or null when the caller may see all.</summary>
    public static Guid? OrganisationFilter(this ClaimsPrincipal caller) =>
        caller.IsStaffSide() ? null : caller.OrganisationId() ?? Guid.Empty;
}
