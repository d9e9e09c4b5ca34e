using System.Security.Claims;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Incubation.Api.Incubators;
using TechTransfer.Incubation.Api.StartUps;

namespace TechTransfer.Incubation.Api;

/// <summary>
/// Object-level access in Incubation. Staff of the transfer office see and change everything. An incubator's
/// manager (role incubator-manager, <c>org</c> = the incubator's organisation) sees and changes only its own
/// incubator and the start-ups that incubator proposed or admitted last; anything else is a 404, exactly like
/// an id that does not exist (built on <see cref="Visibility"/>).
/// </summary>
public static class Access
{
    public static Incubator VisibleTo(this Incubator? incubator, ClaimsPrincipal caller, Guid id) =>
        incubator.VisibleTo(caller, i => i.OrganisationId, "Incubator", id);

    public static StartUp VisibleTo(this StartUp? startUp, ClaimsPrincipal caller, Guid id)
    {
        if (startUp is null) throw new NotFoundException("Start-up", id);
        if (caller.IsStaffSide()) return startUp;
        return caller.OrganisationId() is { } org && startUp.ManagedBy(org) ? startUp : throw new NotFoundException("Start-up", id);
    }
}
