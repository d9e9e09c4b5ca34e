namespace TechTransfer.Incubation.Api.Funding;

/// <summary>Money raised to date in one currency (currencies are never summed together): public, private, and what the publisher did not split.</summary>
public sealed record FundingToDate(string Currency, int Rounds, decimal Total, decimal Public, decimal Private, decimal Unsplit);
