namespace TechTransfer.Financing.Api.StartUps;

/// <summary>
/// A start-up Incubation told us about (StartUpFounded). Rounds are opened only for these: Financing does not
/// invent start-ups. A local copy, so opening a round never calls Incubation.
/// </summary>
public sealed record KnownStartUp(Guid Id, string Name, IReadOnlyList<Guid> TechnologyIds, DateOnly FoundedOn, DateTimeOffset LearnedAt);
