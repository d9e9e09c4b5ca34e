using System.ComponentModel.DataAnnotations;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.Incubation.Api.Technologies;

namespace TechTransfer.Incubation.Api.StartUps.Found;

/// <summary>Found the proposed start-up: its legal registration number and date (today when omitted).</summary>
public sealed record FoundStartUp([Required, StringLength(100, MinimumLength = 2)] string RegistrationNumber, DateOnly? FoundedOn = null);

/// <summary>The start-up was registered as a company, every technology's IP ownership being agreed.</summary>
public sealed record StartUpFounded(
    string Name, IReadOnlyList<FoundingTechnology> Technologies, string RegistrationNumber, DateOnly FoundedOn, decimal FacilityEquityShare, string By, DateTimeOffset At) : IRecorded;

public static class FoundStartUpDecision
{
    /// <summary>Founding needs every technology known (from Disclosures' events, or asked of Disclosures) with its IP ownership agreed.</summary>
    public static IReadOnlyList<object> Decide(StartUp startUp, FoundStartUp command, IReadOnlyDictionary<Guid, KnownTechnology> known, string by, DateTimeOffset now)
    {
        if (startUp.Status != StartUpStatus.Proposed)
            throw new DomainRuleViolationException("start-up-is-founded-once", $"{startUp.Name} was already founded on {startUp.FoundedOn:yyyy-MM-dd}.", RuleKind.CurrentState);
        var registration = (command.RegistrationNumber ?? "").Trim();
        if (registration.Length < 2) throw new DomainRuleViolationException("registration-number-is-given", "Give the company's legal registration number.");
        var foundedOn = command.FoundedOn ?? StartUpRules.Today(now);
        if (foundedOn > StartUpRules.Today(now))
            throw new DomainRuleViolationException("founding-date-is-not-in-the-future", $"The founding date ({foundedOn:yyyy-MM-dd}) is in the future.");
        var unknown = startUp.TechnologyIds.Where(t => known.GetValueOrDefault(t) is not { Title: not null, Facility: not null }).ToList();
        if (unknown.Count > 0)
            throw new DomainRuleViolationException("technology-is-known",
                $"Disclosures does not know technology {string.Join(", ", unknown)} (yet); a start-up is founded only on disclosed technologies. Retry once it is disclosed.");
        var unagreed = startUp.TechnologyIds.Where(t => !known[t].IpOwnershipAgreed).ToList();
        if (unagreed.Count > 0)
            throw new DomainRuleViolationException("ip-ownership-is-agreed",
                $"The IP ownership of technology {string.Join(", ", unagreed)} is not agreed; no start-up may be founded on it before.");
        return [new StartUpFounded(startUp.Name, [.. startUp.TechnologyIds.Select(t => new FoundingTechnology(t, known[t].Title!, known[t].Facility!))],
            registration, foundedOn, startUp.FacilityEquityShare, by, now)];
    }
}
