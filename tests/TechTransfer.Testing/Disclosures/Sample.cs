using TechTransfer.Disclosures.Api.Technologies;
using TechTransfer.Disclosures.Api.Technologies.Disclose;

namespace TechTransfer.Testing.Disclosures;

/// <summary>Disclosures as staff send them, with confidential values easy to search for in any output.</summary>
public static class Sample
{
    public const string SecretDescription = "CONFIDENTIAL-7f3a quench detector: FPGA comparator on the magnet's bridge voltage";
    public const string InventorName = "Adaline Secretworth";
    public const string InventorEmail = "adaline.secretworth@cern.example";
    public const string OtherInventorName = "Bartholomew Hiddenfield";
    public const string OtherInventorEmail = "b.hiddenfield@epfl.example";

    public static readonly string[] Confidential = [SecretDescription, "CONFIDENTIAL-7f3a", InventorName, InventorEmail, OtherInventorName, OtherInventorEmail];

    public static object Disclosure(string title = "Quench detector for superconducting magnets", string facility = "CERN",
        string field = "Superconducting magnets", string[]? keywords = null, DateOnly? receivedOn = null) => new
        {
            title,
            facility,
            lab = "TE-MPE",
            field,
            inventors = new[]
        {
            new { name = InventorName, affiliation = "CERN TE", email = InventorEmail, share = 60m },
            new { name = OtherInventorName, affiliation = "EPFL", email = OtherInventorEmail, share = 40m },
        },
            confidentialDescription = SecretDescription,
            conceivedOn = "2025-01-15",
            receivedOn,
            keywords = keywords ?? ["cryogenics", "fpga"],
            earlierDisclosures = new[] { new { kind = "talk", reference = "MT-29 poster", on = "2025-09-01" } },
            fundingProgramme = "HL-LHC",
        };

    /// <summary><see cref="Disclosure"/> as the partner SDK sends it.</summary>
    public static Client.Disclosures.DiscloseTechnology Request(string title = "Quench detector for superconducting magnets", string facility = "CERN",
        string field = "Superconducting magnets", string[]? keywords = null, DateOnly? receivedOn = null) => new(
        title, facility, "TE-MPE", field,
        [new Client.Disclosures.InventorInput(InventorName, "CERN TE", InventorEmail, 60m), new Client.Disclosures.InventorInput(OtherInventorName, "EPFL", OtherInventorEmail, 40m)],
        SecretDescription, new DateOnly(2025, 1, 15), keywords ?? ["cryogenics", "fpga"],
        [new Client.Disclosures.EarlierDisclosureInput("talk", "MT-29 poster", new DateOnly(2025, 9, 1))], "HL-LHC", receivedOn);

    /// <summary>The internal first event, for tests that write to the store directly.</summary>
    public static TechnologyDisclosed DisclosedEvent(Guid id, string title, string facility) =>
        new(id, title, facility, DateTimeOffset.UtcNow, "lab", "field", [], "a confidential description",
            [new Inventor(Guid.NewGuid(), "Inventor", "Lab", "inventor@example.org", 100m)], new DateOnly(2025, 1, 1), [], null, "test");
}
