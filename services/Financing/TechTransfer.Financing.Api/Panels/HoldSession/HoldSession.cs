using System.ComponentModel.DataAnnotations;
using TechTransfer.BuildingBlocks.Domain;

namespace TechTransfer.Financing.Api.Panels.HoldSession;

public sealed record HoldSession([Required] DateOnly? On, [StringLength(200)] string? Venue = null);

public sealed record PanelSessionHeld(Guid SessionId, DateOnly On, string? Venue, string By, DateTimeOffset At);

public static class HoldSessionDecision
{
    public static IReadOnlyList<object> Decide(Panel panel, HoldSession command, string by, DateTimeOffset now, Guid sessionId)
    {
        var on = command.On ?? throw new DomainRuleViolationException("session-is-dated", "Give the session's date.");
        return [new PanelSessionHeld(sessionId, on, command.Venue?.Trim(), by, now)];
    }
}
