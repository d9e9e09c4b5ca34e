using System.Security.Claims;

namespace TechTransfer.BuildingBlocks.Security;

/// <summary>The claims TechTransfer reads from a caller, and what they mean.</summary>
public static class Claims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Role = "role";

    /// <summary>The id of the organisation a partner or incubator manager acts for.</summary>
    public const string Organisation = "org";

    /// <summary>Who did it, for the record of every event: the caller's name, else its subject.</summary>
    public static string Actor(this ClaimsPrincipal user) =>
        user.FindFirstValue(Name) ?? user.FindFirstValue(Subject) ?? "anonymous";

    /// <summary>The organisation the caller is bound to, or null for staff-side callers.</summary>
    public static Guid? OrganisationId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(Organisation), out var id) ? id : null;

    public static bool IsStaffSide(this ClaimsPrincipal user) => user.IsInRole(Roles.Staff) || user.IsInRole(Roles.Admin);
}
