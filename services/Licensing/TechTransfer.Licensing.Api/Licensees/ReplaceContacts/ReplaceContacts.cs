using System.ComponentModel.DataAnnotations;

namespace TechTransfer.Licensing.Api.Licensees.ReplaceContacts;

public sealed record ReplaceContacts([Required, MinLength(1), MaxLength(20)] IReadOnlyList<Contact> Contacts);

public sealed record LicenseeContactsReplaced(IReadOnlyList<Contact> Contacts, string By, DateTimeOffset At);

public static class ReplaceContactsDecision
{
    public static IReadOnlyList<object> Decide(Licensee licensee, ReplaceContacts command, string by, DateTimeOffset now) =>
        [new LicenseeContactsReplaced(LicenseeRules.Contacts(command.Contacts), by, now)];
}
