using System.ComponentModel.DataAnnotations;
using TechTransfer.BuildingBlocks.Domain;

namespace TechTransfer.Disclosures.Api.Technologies.RecordTransfer;

/// <summary>A transfer staff record by hand: the forms no other service owns (not licences, not start-ups).</summary>
public sealed record RecordTransfer(
    [Required] TransferForm? Form,
    [Required, StringLength(300, MinimumLength = 2)] string Counterpart,
    [Required, StringLength(200, MinimumLength = 2)] string Reference,
    [Required] DateOnly? On);

/// <summary>
/// The technology was transferred once more, in one form, on <see cref="On"/>. <see cref="Source"/> says which service
/// reported it; <see cref="ReportedAt"/> is when that service recorded it (null for staff's own records: <see cref="At"/>).
/// </summary>
public sealed record TransferRecorded(
    Guid TransferId, TransferForm Form, string Counterpart, string Reference, DateOnly On, string Source, string By, DateTimeOffset At,
    DateTimeOffset? ReportedAt = null);

/// <summary>
/// A transfer another service reported (a licence signed, a start-up founded): <see cref="By"/> is who did it there
/// (null from a publisher that did not say), <see cref="ReportedAt"/> when the service recorded it.
/// </summary>
public sealed record ReportedTransfer(TransferForm Form, string Counterpart, string Reference, DateOnly On, string Source, string? By, DateTimeOffset ReportedAt);

public static class RecordTransferDecision
{
    public static IReadOnlyList<object> Decide(Technology technology, RecordTransfer command, string by, DateTimeOffset now, Guid transferId)
    {
        Rules.MustBeActive(technology);
        var form = command.Form ?? throw new DomainRuleViolationException("transfer-has-a-form", "Say which form the transfer took.");
        if (form.OwnedByAnotherService())
            throw new DomainRuleViolationException("transfer-form-is-recorded-by-its-service",
                $"A {form.WireName()} is recorded when {(form == TransferForm.Licence ? "Licensing signs it" : "Incubation founds it")}, not by hand.");
        if (technology.Ownership is null)
            throw new DomainRuleViolationException("ip-ownership-agreed-first",
                "Agree the IP ownership shares before transferring the technology.", RuleKind.CurrentState);
        var on = command.On ?? throw new DomainRuleViolationException("transfer-is-dated", "Give the date of the transfer.");
        Rules.NotInTheFuture("transfer-date-is-not-in-the-future", "date of the transfer", on, now);
        return [new TransferRecorded(transferId, form, command.Counterpart.Trim(), command.Reference.Trim(), on, Sources.Disclosures, by, now)];
    }

    /// <summary>
    /// What another service reports has happened: it is recorded even on an abandoned technology (the record
    /// must match reality), once per source reference, so a redelivered or repeated report changes nothing.
    /// </summary>
    public static IReadOnlyList<object> DecideReported(Technology technology, ReportedTransfer reported, DateTimeOffset now, Guid transferId)
    {
        if (technology.Transfers.Any(t => t.Source == reported.Source && t.Form == reported.Form && t.Reference == reported.Reference))
            return [];
        return [new TransferRecorded(transferId, reported.Form, reported.Counterpart, reported.Reference, reported.On,
            reported.Source, Actors.Of(reported.By, reported.Source), now, reported.ReportedAt)];
    }
}
