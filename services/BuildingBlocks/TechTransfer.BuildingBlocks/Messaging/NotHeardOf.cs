using Microsoft.Extensions.Logging;
using TechTransfer.BuildingBlocks.Domain;

namespace TechTransfer.BuildingBlocks.Messaging;

/// <summary>
/// The one policy for news that names something this service has no record of; every consumer follows it, and nothing
/// is dropped without a trace.
/// <list type="bullet">
/// <item>Owned here (a technology, for Disclosures): the sender learned the id from this service, so a missing record will
/// not appear later. The news breaks a rule (<c>technology-is-known</c>) and is parked on the consumer's error queue at once.</item>
/// <item>Owned by another service (a start-up, for Disclosures): the news that tells of it may still be on its way, since
/// separate queues deliver in any order. <see cref="NotHeardOfYetException"/>: the bus retries it, then parks it.</item>
/// <item>One id of a list that may name things outside this service's world (a start-up may be founded on a firm's own
/// technology as well as on the facility's): skipped and logged, the others handled.</item>
/// </list>
/// </summary>
public static class NotHeardOf
{
    /// <summary>A record this service owns is missing: a broken rule named <c>{what}-is-known</c>.</summary>
    public static DomainRuleViolationException OwnedHere(string what, Guid id) =>
        new($"{what}-is-known", $"No {what} {id} is recorded here, and none will be: this service is where it is created.");

    /// <summary>A record another service owns has not been heard of yet: retried, then parked.</summary>
    public static NotHeardOfYetException Yet(string what, Guid id, string waitingFor) => new(what, id, waitingFor);

    /// <summary>An id of a mixed list that is not this service's to know: logged, and the news goes on for the others.</summary>
    public static void LogSkipped(this ILogger logger, string news, string what, Guid id) =>
        logger.LogInformation("{News} names {What} {Id}, which is not recorded here; skipped for it", news, what, id);
}

/// <summary>Transient: the news this message depends on has not been consumed yet. Retried by the bus, then parked; never a broken rule.</summary>
public sealed class NotHeardOfYetException(string what, Guid id, string waitingFor)
    : Exception($"The {what} {id} has not been heard of yet; the message waits for {waitingFor}.");
