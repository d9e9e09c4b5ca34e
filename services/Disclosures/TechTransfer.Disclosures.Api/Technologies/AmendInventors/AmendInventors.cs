using System.ComponentModel.DataAnnotations;
using TechTransfer.Disclosures.Api.Technologies.Disclose;

namespace TechTransfer.Disclosures.Api.Technologies.AmendInventors;

/// <summary>Replace the list of inventors; an inventor keeps their id when their e-mail is unchanged.</summary>
public sealed record AmendInventors(
    [Required, MinLength(1), MaxLength(50)] IReadOnlyList<InventorInput> Inventors,
    [StringLength(1000)] string? Reason = null);

public sealed record InventorsAmended(IReadOnlyList<Inventor> Inventors, string? Reason, string By, DateTimeOffset At);

public static class AmendInventorsDecision
{
    public static IReadOnlyList<object> Decide(Technology technology, AmendInventors command, string by, DateTimeOffset now, Func<Guid> newId)
    {
        Rules.MustBeActive(technology);
        Rules.InventorsAreValid([.. command.Inventors.Select(i => (i.Email, i.Share))]);

        // Royalty splits are keyed by inventor id: the same person keeps the same id across amendments.
        var known = technology.Inventors.ToDictionary(i => i.Email, i => i.InventorId, StringComparer.OrdinalIgnoreCase);
        var inventors = command.Inventors.Select(i => new Inventor(
            known.TryGetValue(i.Email.Trim(), out var id) ? id : newId(), i.Name.Trim(), i.Affiliation.Trim(), i.Email.Trim(), i.Share)).ToList();
        return [new InventorsAmended(inventors, command.Reason?.Trim(), by, now), InventorSharesSet.From(inventors, now)];
    }
}
