namespace TechTransfer.Client.Financing;

/// <summary>Register an investor: <see cref="InvestorKinds"/>, <see cref="MoneySources"/>.</summary>
public sealed record RegisterInvestor(string Name, string Kind, string Source);

/// <summary>An investor; <see cref="Version"/> is its ETag. A partner system sees only its own.</summary>
public sealed record Investor(Guid Id, long Version, string Name, string Kind, string Source, DateTimeOffset RegisteredAt);

/// <summary>A start-up Financing heard of from Incubation: rounds can be opened for it.</summary>
public sealed record KnownStartUp(Guid Id, string Name, IReadOnlyList<Guid> TechnologyIds, DateOnly FoundedOn, DateTimeOffset LearnedAt);
