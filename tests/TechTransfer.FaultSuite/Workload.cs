using System.Net;
using Refit;
using TechTransfer.Client.Disclosures;
using TechTransfer.Client.Financing;
using TechTransfer.Client.Incubation;
using TechTransfer.Client.Licensing;
using TechTransfer.Testing.Hosts;

namespace TechTransfer.FaultSuite;

/// <summary>
/// The cross-service workload: workers each telling stories one after another until the time is up, half of them a
/// licence (disclose → assess → agree IP → publish → license → report royalties → pay), half a spin-off (disclose →
/// assess → agree IP → found a start-up → admit it → open a round → two commitments → close it). Every write goes
/// through the SDK as staff and its outcome goes to the <see cref="Ledger"/>.
/// </summary>
public sealed class Workload(Sdk staff, Ledger ledger, string facility, int seed, TextWriter log)
{
    /// <summary>How long a write waits for news another service must hear first, or for a service to come back.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private Guid _incubator, _cohort, _publicFund, _angel;
    private int _serverErrors;

    /// <summary>500 answers seen: each one is a defect.</summary>
    public int ServerErrors => _serverErrors;

    /// <summary>What every story needs, made before any fault: an incubator with a cohort, a public fund and an angel.</summary>
    public async Task PrepareAsync(CancellationToken ct)
    {
        _incubator = (await staff.Incubation.RegisterIncubatorAsync(new RegisterIncubator($"Incubator {facility}", "Pays de Gex", IncubatorKind.Incubator, Guid.NewGuid()), ct)).Id;
        _cohort = (await staff.Incubation.OpenCohortAsync(_incubator, new OpenCohort($"Cohort {facility}", Today.AddMonths(-6), Today.AddMonths(6)), ct: ct)).PartId;
        _publicFund = (await staff.Financing.RegisterInvestorAsync(new RegisterInvestor($"Regional fund {facility}", InvestorKinds.RegionalSeedFund, MoneySources.Public), ct)).Id;
        _angel = (await staff.Financing.RegisterInvestorAsync(new RegisterInvestor($"Angels {facility}", InvestorKinds.BusinessAngel, MoneySources.Private), ct)).Id;
    }

    /// <summary>Each worker starts stories while <paramref name="keepGoing"/> says so, and finishes the one it is telling.</summary>
    public Task RunAsync(int workers, Func<bool> keepGoing, CancellationToken ct) =>
        Task.WhenAll(Enumerable.Range(1, workers).Select(worker => Task.Run(async () =>
        {
            for (var n = 1; keepGoing() && !ct.IsCancellationRequested; n++)
            {
                var kind = (n + worker) % 2 == 0 ? StoryKind.Licence : StoryKind.SpinOff;
                var story = ledger.Begin(kind, $"{kind} {seed}-{worker}-{n}");
                try
                {
                    var technology = await MarketedAsync(story, ct);
                    await (kind == StoryKind.Licence ? LicenceAsync(story, technology, ct) : SpinOffAsync(story, technology, ct));
                }
                catch (StoryEnded)
                {
                    // As a person would: wait a moment before the next try, rather than hammering a service that is down.
                    await Task.Delay(TimeSpan.FromSeconds(2), ct);
                }
            }
        }, ct)));

    private async Task<Guid> MarketedAsync(Story story, CancellationToken ct)
    {
        var id = (await WriteAsync(story, Effects.Disclosed, () => staff.Disclosures.DiscloseTechnologyAsync(new DiscloseTechnology(story.Title, facility, "TE-FLT",
            "Fault tolerance", [new InventorInput("Ada Inventor", facility, "ada@faults.example.org", 100m)], "Confidential: how it works",
            Today.AddMonths(-6)), ct))).Id;
        await WriteAsync(story, Effects.Assessed, () => staff.Disclosures.AssessTechnologyAsync(id, new AssessTechnology(AssessmentDecisions.Pursue, 4), ct: ct));
        await WriteAsync(story, Effects.IpAgreed, () => staff.Disclosures.AgreeIpOwnershipAsync(id,
            new AgreeIpOwnership([new OwnerInput(facility, OwnerKinds.Facility, 100m)], $"KT-{story.Title}"), ct: ct));
        if (story.Kind == StoryKind.Licence)
            await WriteAsync(story, Effects.Published, () => staff.Disclosures.PublishForMarketingAsync(id,
                new PublishForMarketing(story.Title, "Keeps working through crashes and outages.", ["fault tolerance"]), ct: ct));
        return id;
    }

    private async Task LicenceAsync(Story story, Guid technology, CancellationToken ct)
    {
        var licensee = (await WriteAsync(story, Effects.LicenseeRegistered, () => staff.Licensing.RegisterLicenseeAsync(new RegisterLicenseeRequest(
            $"Firm of {story.Title}", "FR", "small", [new ContactDto("Marie Buyer", "marie@firm.example")]), ct))).Id;
        // Started four months ago: the first quarter is due for a report.
        var starts = Today.AddMonths(-4);
        var licence = (await WriteAsync(story, Effects.LicenceDrafted, () => staff.Licensing.DraftLicenceAsync(new LicenceTermsRequest(technology, licensee,
            "NonExclusive", starts, starts.AddYears(5), ["fault tolerance"], Worldwide: true, Currency: "EUR", RoyaltyRate: Effects.RoyaltyRate), ct), waitsForNews: true)).Id;
        await WriteAsync(story, Effects.LicenceSigned, () => staff.Licensing.SignLicenceAsync(licence, new SignLicenceRequest(Today), ct: ct), waitsForNews: true);
        var period = (await ReadAsync(() => staff.Licensing.ReportingPeriodsAsync(licence, ct))).First(p => p.Status is "Due" or "Overdue");
        var report = await WriteAsync(story, Effects.RoyaltyReported, () => staff.Licensing.SubmitRoyaltyReportAsync(licence,
            new SubmitRoyaltyReportRequest(period.Start, period.End, [new SalesLineDto("FR", "EUR", Effects.Sales)]), ct: ct));
        await WriteAsync(story, Effects.RoyaltyPaid, () => staff.Licensing.RecordPaymentAsync(licence,
            new RecordPaymentRequest(report.StatementId, report.Due, "EUR", Today), ct: ct));
    }

    private async Task SpinOffAsync(Story story, Guid technology, CancellationToken ct)
    {
        var startUp = (await WriteAsync(story, Effects.StartUpProposed, () => staff.Incubation.ProposeStartUpAsync(
            new ProposeStartUp($"Start-up of {story.Title}", ["Bo Founder"], [technology], 10m, _incubator), ct))).Id;
        // Business dates stay in this year: the audit reads this year's figures.
        var foundedOn = Today.AddDays(-10) < new DateOnly(Today.Year, 1, 1) ? new DateOnly(Today.Year, 1, 1) : Today.AddDays(-10);
        await WriteAsync(story, Effects.StartUpFounded, () => staff.Incubation.FoundStartUpAsync(startUp, new FoundStartUp($"CHE-{story.Title}", foundedOn), ct: ct),
            waitsForNews: true);
        await WriteAsync(story, Effects.StartUpAdmitted, () => staff.Incubation.AdmitStartUpAsync(startUp, new AdmitStartUp(_incubator, _cohort, foundedOn), ct: ct));
        var round = (await WriteAsync(story, Effects.RoundOpened, () => staff.Financing.OpenRoundAsync(new OpenRound(startUp, Instruments.StartUpFund,
            200_000m, 50_000m, Today.AddDays(60), Currency: "EUR"), ct), waitsForNews: true)).Id;
        await WriteAsync(story, Effects.PublicCommitment, () => staff.Financing.CommitAsync(round, new Commit(Effects.PublicAmount, "EUR", _publicFund), ct: ct));
        await WriteAsync(story, Effects.PrivateCommitment, () => staff.Financing.CommitAsync(round, new Commit(Effects.PrivateAmount, "EUR", _angel), ct: ct));
        await WriteAsync(story, Effects.RoundClosed, () => staff.Financing.CloseRoundAsync(round, new CloseRound(Today), ct: ct));
    }

    /// <summary>
    /// One write, sent again only when it cannot have happened: not sent, a lost race (409), or (for a write that needs another
    /// service's news) "not known yet" (404, 422). An unknown outcome is recorded and ends the story; so does a refusal for good.
    /// </summary>
    private async Task<T> WriteAsync<T>(Story story, string effect, Func<Task<T>> call, bool waitsForNews = false)
    {
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (true)
        {
            try
            {
                var result = await call();
                story.Record(effect, Told.Acknowledged);
                return result;
            }
            catch (Exception e)
            {
                if (Calls.IsServerError(e)) Interlocked.Increment(ref _serverErrors);
                var outcome = Calls.Classify(e);
                var notYet = e is ApiException { StatusCode: HttpStatusCode.Conflict }
                    || (waitsForNews && e is ApiException { StatusCode: HttpStatusCode.NotFound or HttpStatusCode.UnprocessableEntity });
                if ((outcome == Outcome.NotSent || (outcome == Outcome.Refused && notYet)) && DateTimeOffset.UtcNow < deadline)
                {
                    await Task.Delay(500);
                    continue;
                }
                if (outcome == Outcome.Unknown) story.Record(effect, Told.Unknown);
                else story.Stuck = $"{effect}: {Calls.Describe(e)}";
                lock (log) log.WriteLine($"{DateTimeOffset.UtcNow:HH:mm:ss.fff} {story.Title} {effect}: {outcome} ({Calls.Describe(e)})");
                throw new StoryEnded();
            }
        }
    }

    /// <summary>A read the story needs: safe to send again until it answers.</summary>
    private static async Task<T> ReadAsync<T>(Func<Task<T>> call)
    {
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (true)
        {
            try { return await call(); }
            catch (Exception) when (DateTimeOffset.UtcNow < deadline) { await Task.Delay(500); }
        }
    }

    private sealed class StoryEnded : Exception;
}
