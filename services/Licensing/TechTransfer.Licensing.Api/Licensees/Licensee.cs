using System.ComponentModel.DataAnnotations;
using JasperFx.Events;
using Marten.Events.Aggregation;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.Licensing.Api.Licences;

namespace TechTransfer.Licensing.Api.Licensees;

public sealed record Contact(
    [Required, StringLength(200, MinimumLength = 2)] string Name,
    [Required, EmailAddress, StringLength(320)] string Email,
    [StringLength(100)] string? Role = null,
    [StringLength(50)] string? Phone = null);

/// <summary>
/// Register a licensee company (request body). <see cref="OrganisationId"/> is the organisation its partner system's
/// API key is bound to (issued in Disclosures): that system then sees this licensee's licences and statements only.
/// </summary>
public sealed record RegisterLicensee(
    [Required, StringLength(200, MinimumLength = 2)] string Name,
    [Required, StringLength(2, MinimumLength = 2)] string Country,
    [Required] SizeClass? SizeClass,
    [Required, MinLength(1), MaxLength(20)] IReadOnlyList<Contact> Contacts,
    Guid? OrganisationId = null);

public sealed record ReplaceContacts([Required, MinLength(1), MaxLength(20)] IReadOnlyList<Contact> Contacts);

public sealed record LicenseeRegistered(Guid LicenseeId, string Name, string Country, SizeClass SizeClass, IReadOnlyList<Contact> Contacts,
    Guid? OrganisationId, string By, DateTimeOffset At);

public sealed record LicenseeContactsReplaced(IReadOnlyList<Contact> Contacts, string By, DateTimeOffset At);

/// <summary>A licensee company (inline snapshot).</summary>
public sealed record Licensee
{
    public Guid Id { get; init; }
    public long Version { get; set; }
    public string Name { get; init; } = "";
    public string Country { get; init; } = "";
    public SizeClass SizeClass { get; init; }
    public bool IsSme => SizeClass.IsSme();
    public IReadOnlyList<Contact> Contacts { get; init; } = [];
    public Guid? OrganisationId { get; init; }
    public DateTimeOffset RegisteredAt { get; init; }

    public static Licensee? Next(Licensee? state, object @event) => (state, @event) switch
    {
        (_, LicenseeRegistered e) => new Licensee
        {
            Id = e.LicenseeId, Name = e.Name, Country = e.Country, SizeClass = e.SizeClass, Contacts = e.Contacts, OrganisationId = e.OrganisationId,
            RegisteredAt = e.At,
        },
        ({ } s, LicenseeContactsReplaced e) => s with { Contacts = e.Contacts },
        _ => state,
    };
}

public sealed partial class LicenseeProjection : SingleStreamProjection<Licensee, Guid>
{
    public override Licensee? Evolve(Licensee? snapshot, Guid id, IEvent e) => Licensee.Next(snapshot, e.Data);
}

public static class LicenseeDecisions
{
    public static IReadOnlyList<object> Register(Guid id, RegisterLicensee command, Licensee? sameOrganisation, string by, DateTimeOffset now)
    {
        var name = command.Name.Trim();
        if (name.Length < 2) throw new DomainRuleViolationException("licensee-is-named", "A licensee needs a name of at least 2 characters besides spaces.");
        var country = Countries.Code(command.Country, "country");
        var size = command.SizeClass ?? throw new DomainRuleViolationException("size-class-is-given", "Say the licensee's size class.");
        if (sameOrganisation is not null)
            throw new DomainRuleViolationException("organisation-is-one-licensee",
                $"Organisation {command.OrganisationId} is already licensee {sameOrganisation.Id} ({sameOrganisation.Name}).", RuleKind.CurrentState);
        return [new LicenseeRegistered(id, name, country, size, Contacts(command.Contacts), command.OrganisationId, by, now)];
    }

    public static IReadOnlyList<object> ReplaceContacts(Licensee licensee, ReplaceContacts command, string by, DateTimeOffset now) =>
        [new LicenseeContactsReplaced(Contacts(command.Contacts), by, now)];

    private static IReadOnlyList<Contact> Contacts(IReadOnlyList<Contact>? contacts) => contacts is { Count: > 0 }
        ? [.. contacts.Select(c => c with { Name = c.Name.Trim(), Email = c.Email.Trim() })]
        : throw new DomainRuleViolationException("licensee-has-a-contact", "Give at least one contact.");
}
