namespace TechTransfer.Client.Disclosures;

/// <summary>
/// A disclosure as the transfer office logs it (<c>POST /technologies</c>). Inventor shares add up to 100.
/// <see cref="ReceivedOn"/>: the day the office received the form (today when null; not before conception).
/// </summary>
public sealed record DiscloseTechnology(
    string Title,
    string Facility,
    string Lab,
    string Field,
    IReadOnlyList<InventorInput> Inventors,
    string ConfidentialDescription,
    DateOnly ConceivedOn,
    IReadOnlyList<string>? Keywords = null,
    IReadOnlyList<EarlierDisclosureInput>? EarlierDisclosures = null,
    string? FundingProgramme = null,
    DateOnly? ReceivedOn = null);

/// <summary>An inventor on a disclosure or an amendment; the server assigns the inventor id (kept while the e-mail stays).</summary>
public sealed record InventorInput(string Name, string Affiliation, string Email, decimal Share);

/// <summary>A paper, talk or poster that made the invention public before any filing.</summary>
public sealed record EarlierDisclosureInput(string Kind, string Reference, DateOnly On);
