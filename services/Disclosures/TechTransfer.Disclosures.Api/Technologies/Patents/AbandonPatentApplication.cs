using System.ComponentModel.DataAnnotations;

namespace TechTransfer.Disclosures.Api.Technologies.Patents;

public sealed record AbandonPatentApplication(
    [Required, StringLength(1000, MinimumLength = 3)] string Reason,
    [Required] DateOnly? AbandonedOn);

public static class AbandonPatentApplicationDecision
{
    public static IReadOnlyList<object> Decide(Technology technology, Guid applicationId, AbandonPatentApplication command, string by, DateTimeOffset now)
    {
        Rules.MustBeActive(technology);
        GrantPatentDecision.PendingApplication(technology, applicationId);
        var on = command.AbandonedOn ?? DateOnly.FromDateTime(now.UtcDateTime);
        Rules.NotInTheFuture("abandonment-date-is-not-in-the-future", "date of abandonment", on, now);
        return [new PatentApplicationAbandoned(applicationId, command.Reason.Trim(), on, by, now)];
    }
}
