using JasperFx.Events;
using Marten.Events.Aggregation;
using TechTransfer.Licensing.Api.Licensees.Register;
using TechTransfer.Licensing.Api.Licensees.ReplaceContacts;

namespace TechTransfer.Licensing.Api.Licensees;

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
