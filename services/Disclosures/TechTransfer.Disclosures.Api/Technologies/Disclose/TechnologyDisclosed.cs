namespace TechTransfer.Disclosures.Api.Technologies.Disclose;

/// <summary>
/// A researcher's invention was disclosed to the transfer office: the start of a technology's stream.
/// Holds confidential data (description, inventors); the contract map lets public fields out only.
/// <see cref="DisclosedAt"/> is when it was logged; <see cref="ReceivedOn"/> the day the office received the form
/// (absent from disclosures logged before it was asked: then the day logged).
/// </summary>
public sealed record TechnologyDisclosed(
    Guid TechnologyId,
    string Title,
    string Facility,
    DateTimeOffset DisclosedAt,
    string Lab,
    string Field,
    IReadOnlyList<string> Keywords,
    string ConfidentialDescription,
    IReadOnlyList<Inventor> Inventors,
    DateOnly ConceivedOn,
    IReadOnlyList<EarlierDisclosure> EarlierDisclosures,
    string? FundingProgramme,
    string By,
    DateOnly? ReceivedOn = null)
{
    public DateOnly Received => ReceivedOn ?? DateOnly.FromDateTime(DisclosedAt.UtcDateTime);
}
