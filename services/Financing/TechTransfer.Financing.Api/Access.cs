using System.Security.Claims;
using TechTransfer.BuildingBlocks.Security;

namespace TechTransfer.Financing.Api;

/// <summary>
/// Object-level access in Financing. Staff and financiers run rounds and see them all; a partner system acts
/// for one investor (its <c>org</c> claim is the investor id) and sees only that investor's commitments.
/// Built on <see cref="Visibility"/>: anything else is a 404, like an id that does not exist.
/// </summary>
public static class Access
{
    public static bool SeesAllRounds(this ClaimsPrincipal caller) => caller.IsStaffSide() || caller.IsInRole(Roles.Financier);

    public static T VisibleTo<T>(this T? resource, ClaimsPrincipal caller, Func<T, Guid?> owner, string what, object id, bool financiersSeeAll)
        where T : class =>
        financiersSeeAll && resource is not null && caller.IsInRole(Roles.Financier)
            ? resource
            : resource.VisibleTo(caller, owner, what, id);

    /// <summary>For lists: the investor to filter on, or null when the caller sees every investor's.</summary>
    public static Guid? InvestorFilter(this ClaimsPrincipal caller) => caller.SeesAllRounds() ? null : caller.OrganisationFilter();
}
