using TechTransfer.BuildingBlocks.Domain;

namespace TechTransfer.Licensing.Api.Licensees;

/// <summary>Rules more than one licensee command checks. Each throws a <see cref="DomainRuleViolationException"/> naming the rule.</summary>
public static class LicenseeRules
{
    /// <summary>The contacts, trimmed; at least one.</summary>
    public static IReadOnlyList<Contact> Contacts(IReadOnlyList<Contact>? contacts) => contacts is { Count: > 0 }
        ? [.. contacts.Select(c => c with { Name = c.Name.Trim(), Email = c.Email.Trim() })]
        : throw new DomainRuleViolationException("licensee-has-a-contact", "Give at least one contact.");
}
