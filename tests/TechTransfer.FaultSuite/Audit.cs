using System.Net;
using Refit;
using TechTransfer.Client;
using TechTransfer.Client.Disclosures;
using TechTransfer.Testing.Hosts;

namespace TechTransfer.FaultSuite;

/// <summary>What one look across the four services found, against the ledger.</summary>
public sealed record Findings(IReadOnlyList<string> Lost, IReadOnlyList<string> Duplicated, IReadOnlyList<string> Unexpected, int Parked,
    IReadOnlyList<string> Stuck)
{
    public bool Clean => Lost.Count == 0 && Duplicated.Count == 0 && Unexpected.Count == 0 && Parked == 0 && Stuck.Count == 0;
}

/// <summary>
/// Reads every story's effects back from every service through the SDK and counts, against the ledger, what is missing
/// (lost), there twice (duplicated) or there though never asked for, or with wrong facts (unexpected); then checks that each
/// service's figures and the scoreboard agree with the facts, and that no message is parked.
/// </summary>
public sealed class Audit(Sdk staff, Ledger ledger, string facility)
{
    private readonly List<string> _lost = [], _duplicated = [], _unexpected = [];
    private int _technologies, _signed, _founded;
    private decimal _royaltiesPaid, _raised, _public, _private;

    public static async Task<Findings> RunAsync(Sdk staff, Ledger ledger, string facility, CancellationToken ct)
    {
        var audit = new Audit(staff, ledger, facility);
        await audit.StoriesAsync(ct);
        await audit.FiguresAsync(ct);
        var parked = 0;
        foreach (var service in new[] { TechTransferServices.Disclosures, TechTransferServices.Licensing, TechTransferServices.Incubation, TechTransferServices.Financing })
            parked += (int)(await staff.Admin(service).ListDeadLetterQueuesAsync(ct)).Sum(q => q.Messages);
        return new Findings(audit._lost, audit._duplicated, audit._unexpected, parked,
            [.. ledger.Stories.Where(s => s.Stuck is not null).Select(s => $"{s.Title}: {s.Stuck}")]);
    }

    private async Task StoriesAsync(CancellationToken ct)
    {
        var technologies = await TechnologiesAsync(ct);
        var licensees = (await staff.Licensing.ListLicenseesAsync(ct)).ToLookup(l => l.Name);
        var startUps = (await staff.Incubation.ListStartUpsAsync(ct: ct)).ToLookup(s => s.Name);
        foreach (var story in ledger.Stories)
        {
            var found = technologies[story.Title].ToList();
            Count(story, Effects.Disclosed, found.Count, "Disclosures");
            if (found.Count == 0) continue;
            _technologies += found.Count;
            var technology = found[0].Id;
            await JourneyAsync(story, technology, ct);
            await KnownTechnologyAsync(story, technology, ct);
            if (story.Kind == StoryKind.Licence)
            {
                Count(story, Effects.LicenseeRegistered, licensees[$"Firm of {story.Title}"].Count(), "Licensing's licensees");
                await LicenceAsync(story, technology, ct);
            }
            else
            {
                await StartUpAsync(story, technology, startUps[$"Start-up of {story.Title}"].ToList(), ct);
            }
        }
    }

    private async Task<ILookup<string, TechnologySummary>> TechnologiesAsync(CancellationToken ct)
    {
        var all = new List<TechnologySummary>();
        for (var page = 1; ; page++)
        {
            var items = (await staff.Disclosures.ListTechnologiesAsync(facility: facility, page: page, pageSize: 100, ct: ct)).Items;
            all.AddRange(items);
            if (items.Count < 100) return all.ToLookup(t => t.Title);
        }
    }

    private async Task JourneyAsync(Story story, Guid technology, CancellationToken ct)
    {
        var steps = (await staff.Disclosures.GetJourneyAsync(technology, ct)).Steps;
        if (steps.Count(s => s.Step == "disclosed") != 1) _duplicated.Add($"{story.Title}: {steps.Count(s => s.Step == "disclosed")} 'disclosed' steps on the journey");
        foreach (var (effect, step) in Effects.JourneySteps)
        {
            // "transfer-recorded" is a licence's or a start-up's, whichever the story is.
            if (effect == Effects.LicenceSigned && story.Kind != StoryKind.Licence || effect == Effects.StartUpFounded && story.Kind != StoryKind.SpinOff) continue;
            Count(story, effect, steps.Count(s => s.Step == step), $"the journey ({step})");
        }
    }

    private async Task KnownTechnologyAsync(Story story, Guid technology, CancellationToken ct)
    {
        if (story.Allowed(Effects.IpAgreed).AtLeast == 0) return;
        var licensing = await OrNullAsync(() => staff.Licensing.GetKnownTechnologyAsync(technology, ct));
        if (licensing is not { OwnershipAgreed: true }) _lost.Add($"{story.Title}: Licensing has not heard that the IP ownership was agreed");
        else if (licensing.Title != story.Title || licensing.Facility != facility) _unexpected.Add($"{story.Title}: Licensing knows it as '{licensing.Title}' of {licensing.Facility}");
        else if (story.Allowed(Effects.Published).AtLeast == 1 && !licensing.Marketed) _lost.Add($"{story.Title}: Licensing has not heard it was published");
        var incubation = await OrNullAsync(() => staff.Incubation.GetKnownTechnologyAsync(technology, ct));
        if (incubation is not { IpOwnershipAgreed: true }) _lost.Add($"{story.Title}: Incubation has not heard that the IP ownership was agreed");
        else if (incubation.Title != story.Title || incubation.Facility != facility) _unexpected.Add($"{story.Title}: Incubation knows it as '{incubation.Title}' of {incubation.Facility}");
    }

    private async Task LicenceAsync(Story story, Guid technology, CancellationToken ct)
    {
        var licences = await staff.Licensing.ListLicencesAsync(technologyId: technology, ct: ct);
        Count(story, Effects.LicenceDrafted, licences.Count, "Licensing's licences");
        if (licences.Count == 0) return;
        var signed = licences.Count(l => l.Status == "Signed");
        Count(story, Effects.LicenceSigned, signed, "Licensing (signed)");
        _signed += signed;
        var royalties = (await staff.Licensing.ListStatementsAsync(licences[0].Id, ct: ct)).Where(s => s.Kind == "Royalties").ToList();
        Count(story, Effects.RoyaltyReported, royalties.Count, "Licensing's royalty statements");
        Count(story, Effects.RoyaltyPaid, royalties.Count(s => s.Settled), "Licensing (settled statements)");
        _royaltiesPaid += royalties.Sum(s => s.Paid.Amount);
    }

    private async Task StartUpAsync(Story story, Guid technology, List<Client.Incubation.StartUp> found, CancellationToken ct)
    {
        Count(story, Effects.StartUpProposed, found.Count, "Incubation's start-ups");
        if (found.Count == 0) return;
        var startUp = found[0];
        Count(story, Effects.StartUpFounded, startUp.FoundedOn is null ? 0 : 1, "Incubation (founded)");
        Count(story, Effects.StartUpAdmitted, startUp.Admissions.Count, "Incubation (admissions)");
        if (startUp.FoundedOn is not null)
        {
            _founded++;
            if (startUp.Technologies is not [{ Title: var title, Facility: var owner }] || title != story.Title || owner != facility)
                _unexpected.Add($"{story.Title}: the start-up was founded on {string.Join(", ", startUp.Technologies.Select(t => $"'{t.Title}' of {t.Facility}"))}");
            var known = await OrNullAsync(() => staff.Financing.GetStartUpAsync(startUp.Id, ct));
            if (known is null) _lost.Add($"{story.Title}: Financing has not heard the start-up was founded");
            else if (!known.TechnologyIds.Contains(technology)) _unexpected.Add($"{story.Title}: Financing knows the start-up without its technology");
        }

        var rounds = await staff.Financing.ListRoundsAsync(startUpId: startUp.Id, ct: ct);
        Count(story, Effects.RoundOpened, rounds.Count, "Financing's rounds");
        if (rounds.Count == 0) return;
        var active = rounds[0].Commitments.Where(c => c.Active).ToList();
        Count(story, Effects.PublicCommitment, active.Count(c => c.Amount.Amount == Effects.PublicAmount), "Financing (public commitments)");
        Count(story, Effects.PrivateCommitment, active.Count(c => c.Amount.Amount == Effects.PrivateAmount), "Financing (private commitments)");
        var closed = rounds.Where(r => r.Status == "Closed").ToList();
        Count(story, Effects.RoundClosed, closed.Count, "Financing (closed rounds)");
        Count(story, Effects.RoundClosed, startUp.FundingRounds.Count, "Incubation's funding rounds");
        foreach (var round in closed)
        {
            _raised += round.Committed.Amount;
            _public += round.PublicCommitted.Amount;
            _private += round.PrivateCommitted.Amount;
        }
        var funding = startUp.Funding.SingleOrDefault(f => f.Currency == "EUR");
        Agree($"{story.Title}: Incubation's funding to date", funding?.Total ?? 0m, closed.Sum(r => r.Committed.Amount));
        var figures = (await staff.Financing.GetStartUpFiguresAsync(startUp.Id, ct)).ByCurrency.SingleOrDefault(m => m.Currency == "EUR");
        Agree($"{story.Title}: Financing's figures (raised)", figures?.Raised ?? 0m, closed.Sum(r => r.Committed.Amount));
    }

    /// <summary>Each service's figures for the run's facility and the scoreboard agree with the facts read above.</summary>
    private async Task FiguresAsync(CancellationToken ct)
    {
        var year = DateTime.UtcNow.Year;
        var row = (await staff.Disclosures.GetScoreboardAsync(year, facility, ct)).Facilities.SingleOrDefault(f => f.Facility == facility);
        Agree("the scoreboard's disclosures", row?.Disclosures ?? 0, _technologies);
        Agree("the scoreboard's signed licences", row?.Licences.Signed ?? 0, _signed);
        Agree("the scoreboard's licence income", row?.LicenceIncome.SingleOrDefault(i => i.Currency == "EUR")?.Total ?? 0m, _royaltiesPaid);
        Agree("the scoreboard's start-ups created", row?.StartUps.Created ?? 0, _founded);
        var money = row?.MoneyRaised.SingleOrDefault(m => m.Currency == "EUR");
        Agree("the scoreboard's money raised", money?.Raised ?? 0m, _raised);
        Agree("the scoreboard's public money", money?.PublicMoney ?? 0m, _public);
        Agree("the scoreboard's private money", money?.PrivateMoney ?? 0m, _private);

        var licensing = (await staff.Licensing.YearFiguresAsync(year, facility, ct)).Facilities.SingleOrDefault(f => f.Facility == facility);
        Agree("Licensing's signed licences", licensing?.LicencesSigned ?? 0, _signed);
        Agree("Licensing's income", licensing?.Income.SingleOrDefault(i => i.Currency == "EUR")?.Total ?? 0m, _royaltiesPaid);
        var incubation = (await staff.Incubation.GetYearCountsAsync(year, ct)).ByFacility.SingleOrDefault(f => f.Facility == facility);
        Agree("Incubation's start-ups created", incubation?.StartUpsCreated ?? 0, _founded);
    }

    private void Count(Story story, string effect, int present, string where)
    {
        var (atLeast, atMost) = story.Allowed(effect);
        if (present < atLeast) _lost.Add($"{story.Title}: {effect} missing from {where}");
        else if (present > atMost && atMost == 0) _unexpected.Add($"{story.Title}: {effect} in {where} ({present}×) though never asked for");
        else if (present > atMost) _duplicated.Add($"{story.Title}: {effect} {present}× in {where}");
    }

    private void Agree(string what, decimal figure, decimal facts)
    {
        if (figure < facts) _lost.Add($"{what}: {figure}, the facts say {facts}");
        else if (figure > facts) _duplicated.Add($"{what}: {figure}, the facts say {facts}");
    }

    private static async Task<T?> OrNullAsync<T>(Func<Task<T>> read) where T : class
    {
        try { return await read(); }
        catch (ApiException e) when (e.StatusCode == HttpStatusCode.NotFound) { return null; }
    }
}
