using System.Net;
using TechTransfer.Contracts.Financing;
using TechTransfer.Contracts.Incubation;
using TechTransfer.Testing;
using TechTransfer.Testing.Hosts;

namespace TechTransfer.Financing.IntegrationTests;

/// <summary>Rounds through the API on real PostgreSQL and RabbitMQ: Incubation's start-ups in, round events out.</summary>
public sealed class RoundLifecycleTests(FinancingFixture financing) : IClassFixture<FinancingFixture>
{
    private HttpClient Financier => financing.Financier;

    [Fact]
    public async Task A_round_opens_for_a_reported_start_up_takes_commitments_and_closes_publishing_its_public_private_split()
    {
        // Given a start-up Incubation reported (redelivered once), a business angel and a regional fund
        var startUp = Guid.NewGuid();
        var founded = new StartUpFounded(startUp, "Quenchless SAS", [Guid.NewGuid()], DateOnly.FromDateTime(DateTime.UtcNow), DateTimeOffset.UtcNow);
        var messageId = Guid.NewGuid();
        await financing.Incubation.PublishAsync(founded, messageId);
        await financing.Incubation.PublishAsync(founded, messageId);
        await Eventually.TrueAsync(async () => (await Financier.GetAsync($"/start-ups/{startUp}")).IsSuccessStatusCode, "the start-up known");
        var angel = await financing.InvestorAsync("Ada Angel");
        var region = await financing.InvestorAsync("Haute-Savoie start-up fund", "RegionalSeedFund", "Public");

        // When a financier opens an equity round and both commit (the angel through its own partner system)
        var roundId = await financing.OpenRoundAsync(startUp);
        var opened = await financing.Probe.WaitForAsync(m => m.Message.GetProperty("roundId").GetGuid() == roundId, "RoundOpened on the broker");
        opened.Message.GetProperty("kind").GetString().ShouldBe("equity");
        opened.Message.WireDecimal("target").ShouldBe(300_000m);

        using var angelSystem = financing.PartnerOf(angel);
        var first = await angelSystem.PostOkAsync($"/rounds/{roundId}/commitments", new { amount = 100_000m, currency = "EUR" });
        await angelSystem.PostOkAsync($"/rounds/{roundId}/commitments/{first.GetProperty("commitmentId").GetGuid()}/withdrawal", new { reason = "resized" });
        await angelSystem.PostOkAsync($"/rounds/{roundId}/commitments", new { amount = 219_000m, currency = "EUR" });
        await Financier.PostOkAsync($"/rounds/{roundId}/commitments", new { investorId = region, amount = 81_000m, currency = "EUR" });

        // Then the round counts active commitments only, split public/private, with the seeds' leverage
        var round = await Financier.GetOkAsync($"/rounds/{roundId}");
        round.GetProperty("committed").Amount().ShouldBe(300_000m);
        round.GetProperty("publicCommitted").Amount().ShouldBe(81_000m);
        round.GetProperty("privateCommitted").Amount().ShouldBe(219_000m);
        round.GetProperty("leverage").GetDecimal().ShouldBe(2.70m);
        round.GetProperty("commitments").GetArrayLength().ShouldBe(3);

        // When it closes
        await Financier.PostOkAsync($"/rounds/{roundId}/closing", new { });

        // Then the amount raised leaves with its split, and the equity figures are on the round
        var closed = await financing.Probe.WaitForAsync(m => m.Message.GetProperty("roundId").GetGuid() == roundId
            && m.Message.TryGetProperty("amountRaised", out _), "RoundClosed on the broker");
        closed.Message.WireDecimal("amountRaised").ShouldBe(300_000m);
        closed.Message.WireDecimal("publicAmount").ShouldBe(81_000m);
        closed.Message.WireDecimal("privateAmount").ShouldBe(219_000m);
        closed.Message.GetProperty("currency").GetString().ShouldBe("EUR");
        closed.RawBody.ShouldContain(RoundClosed.Urn);
        round = await Financier.GetOkAsync($"/rounds/{roundId}");
        round.GetProperty("status").GetString().ShouldBe("Closed");
        round.GetProperty("postMoneyValuation").Amount().ShouldBe(1_500_000m);
        round.GetProperty("dilution").GetDecimal().ShouldBe(0.2m);

        // And a closed round takes no more money
        (await (await Financier.PostAsync($"/rounds/{roundId}/commitments", new { investorId = region, amount = 1m, currency = "EUR" })).ProblemAsync(409))
            .GetProperty("rule").GetString().ShouldBe("round-is-open");

        // And the angel's system sees its own commitments only, and no round or other investor
        var mine = await angelSystem.GetOkAsync("/commitments");
        mine.EnumerateArray().Select(c => c.GetProperty("investorId").GetGuid()).Distinct().ShouldBe([angel]);
        mine.EnumerateArray().ShouldAllBe(c => c.GetProperty("roundStatus").GetString() == "Closed");
        mine.GetArrayLength().ShouldBe(2);
        (await angelSystem.GetOkAsync($"/commitments?investorId={region}")).GetArrayLength().ShouldBe(2);
        (await angelSystem.GetAsync($"/rounds/{roundId}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await angelSystem.GetAsync($"/investors/{region}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await angelSystem.GetAsync($"/investors/{angel}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_partner_system_commits_and_withdraws_only_for_its_own_investor()
    {
        var startUp = await financing.StartUpFoundedAsync();
        var angel = await financing.InvestorAsync("Bea Angel");
        var other = await financing.InvestorAsync("Carl Angel");
        var roundId = await financing.OpenRoundAsync(startUp, "Convertible", preMoneyValuation: null);
        var others = await Financier.PostOkAsync($"/rounds/{roundId}/commitments", new { investorId = other, amount = 10_000m, currency = "EUR" });

        using var angelSystem = financing.PartnerOf(angel);
        await (await angelSystem.PostAsync($"/rounds/{roundId}/commitments", new { investorId = other, amount = 5_000m, currency = "EUR" })).ProblemAsync(404);
        await (await angelSystem.PostAsync($"/rounds/{roundId}/commitments/{others.GetProperty("commitmentId").GetGuid()}/withdrawal", new { })).ProblemAsync(404);

        (await Financier.GetOkAsync($"/rounds/{roundId}")).GetProperty("committed").Amount().ShouldBe(10_000m);
    }

    [Fact]
    public async Task A_cancelled_round_takes_nothing_more()
    {
        var startUp = await financing.StartUpFoundedAsync();
        var investor = await financing.InvestorAsync("Dora Bank", "Bank");
        var roundId = await financing.OpenRoundAsync(startUp, "Loan", preMoneyValuation: null);

        await Financier.PostOkAsync($"/rounds/{roundId}/cancellation", new { reason = "the founders left" });

        (await (await Financier.PostAsync($"/rounds/{roundId}/commitments", new { investorId = investor, amount = 1_000m, currency = "EUR" })).ProblemAsync(409))
            .GetProperty("rule").GetString().ShouldBe("round-is-open");
        var round = await Financier.GetOkAsync($"/rounds/{roundId}");
        round.GetProperty("status").GetString().ShouldBe("Cancelled");
        round.GetProperty("cancellationReason").GetString().ShouldBe("the founders left");
        (await Financier.GetOkAsync($"/rounds?status=Cancelled&startUpId={startUp}")).GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task A_round_declared_failed_before_its_deadline_says_why_publishes_RoundFailed_and_takes_nothing_more()
    {
        var startUp = await financing.StartUpFoundedAsync();
        var angel = await financing.InvestorAsync("Eve Angel");
        var roundId = await financing.OpenRoundAsync(startUp);
        await Financier.PostOkAsync($"/rounds/{roundId}/commitments", new { investorId = angel, amount = 50_000m, currency = "EUR" });

        (await (await Financier.PostAsync($"/rounds/{roundId}/failure", new { reason = "" })).ProblemAsync(400)).ToString().ShouldContain("reason", Case.Insensitive);
        await Financier.PostOkAsync($"/rounds/{roundId}/failure", new { reason = "the lead investor pulled out" });

        var failed = await financing.Probe.WaitForAsync(m => m.Message.GetProperty("roundId").GetGuid() == roundId
            && m.Message.TryGetProperty("failedAt", out _), "RoundFailed on the broker");
        failed.Message.WireDecimal("amountCommitted").ShouldBe(50_000m);
        failed.Message.GetProperty("reason").GetString().ShouldBe("the lead investor pulled out");
        failed.Message.GetProperty("by").GetString().ShouldBe("fred.financier");
        failed.RawBody.ShouldContain(RoundFailed.Urn);
        var round = await Financier.GetOkAsync($"/rounds/{roundId}");
        round.GetProperty("status").GetString().ShouldBe("Failed");
        round.GetProperty("failureReason").GetString().ShouldBe("the lead investor pulled out");
        (await (await Financier.PostAsync($"/rounds/{roundId}/commitments", new { investorId = angel, amount = 1_000m, currency = "EUR" })).ProblemAsync(409))
            .GetProperty("rule").GetString().ShouldBe("round-is-open");
        (await Financier.GetOkAsync($"/commitments?roundId={roundId}")).EnumerateArray().ShouldAllBe(c => c.GetProperty("roundStatus").GetString() == "Failed");

        // A round that met its minimum is closed, not declared failed; a partner system cannot declare it.
        var met = await financing.OpenRoundAsync(startUp);
        await Financier.PostOkAsync($"/rounds/{met}/commitments", new { investorId = angel, amount = 130_000m, currency = "EUR" });
        (await (await Financier.PostAsync($"/rounds/{met}/failure", new { reason = "cold feet" })).ProblemAsync(409))
            .GetProperty("rule").GetString().ShouldBe("minimum-is-not-met");
        using var angelSystem = financing.PartnerOf(angel);
        (await angelSystem.PostAsync($"/rounds/{met}/failure", new { reason = "cold feet" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Bad_input_gets_ProblemDetails_naming_the_field_or_rule_and_writes_nothing()
    {
        var startUp = await financing.StartUpFoundedAsync();
        var deadline = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);

        (await (await Financier.PostAsync("/rounds", new { startUpId = startUp, instrument = "Equity", minimum = 1m, deadline })).ProblemAsync(400))
            .ToString().ShouldContain("Target");
        (await (await Financier.PostAsync("/rounds", new { startUpId = startUp, instrument = "Equity", target = 1m, minimum = 2m, preMoneyValuation = 5m, deadline }))
            .ProblemAsync(422)).GetProperty("rule").GetString().ShouldBe("minimum-is-at-most-the-target");
        (await (await Financier.PostAsync("/rounds", new { startUpId = Guid.NewGuid(), instrument = "Grant", target = 10m, minimum = 5m, deadline }))
            .ProblemAsync(422)).GetProperty("rule").GetString().ShouldBe("start-up-is-known");
        (await (await Financier.PostAsync("/rounds", new { startUpId = startUp, instrument = "Grant", target = 10.001m, minimum = 5m, deadline }))
            .ProblemAsync(422)).GetProperty("rule").GetString().ShouldBe("amount-fits-the-currency");
        (await (await Financier.PostAsync("/rounds", new { startUpId = startUp, instrument = "Shares", target = 10m, minimum = 5m, deadline }))
            .ProblemAsync(400)).GetProperty("field").GetString()!.ShouldContain("instrument", Case.Insensitive);
        (await Financier.GetOkAsync($"/rounds?startUpId={startUp}")).GetArrayLength().ShouldBe(0);

        var investor = await financing.InvestorAsync("Eve Angel");
        var roundId = await financing.OpenRoundAsync(startUp, "Grant", preMoneyValuation: null);
        (await (await Financier.PostAsync($"/rounds/{roundId}/commitments", new { investorId = investor, amount = 5_000m, currency = "CHF" })).ProblemAsync(422))
            .GetProperty("rule").GetString().ShouldBe("commitment-in-the-round-currency");
        (await (await Financier.PostAsync($"/rounds/{roundId}/commitments", new { investorId = investor, currency = "EUR" })).ProblemAsync(400))
            .ToString().ShouldContain("Amount");
        (await (await Financier.PostAsync("/investors", new { name = "X", kind = "Bank" })).ProblemAsync(400)).ToString().ShouldContain("Name");
        (await Financier.PostAsync($"/rounds/{Guid.NewGuid()}/commitments", new { investorId = investor, amount = 5m, currency = "EUR" })).StatusCode
            .ShouldBe(HttpStatusCode.NotFound);

        var response = await Financier.GetAsync($"/rounds/{roundId}", TestContext.Current.CancellationToken);
        response.Headers.ETag!.Tag.ShouldBe("\"1\"");
    }

    [Fact]
    public async Task A_stale_If_Match_is_refused_with_412_and_appends_nothing()
    {
        var startUp = await financing.StartUpFoundedAsync();
        var investor = await financing.InvestorAsync("Fay Angel");
        var roundId = await financing.OpenRoundAsync(startUp);
        (await Financier.PostOkAsync($"/rounds/{roundId}/commitments", new { investorId = investor, amount = 1_000m, currency = "EUR" }, ifMatch: 1))
            .GetProperty("version").GetInt64().ShouldBe(2);

        await (await Financier.PostAsync($"/rounds/{roundId}/commitments", new { investorId = investor, amount = 2_000m, currency = "EUR" }, ifMatch: 1)).ProblemAsync(412);
        await (await Financier.PostAsync($"/rounds/{roundId}/cancellation", new { reason = "stale view" }, ifMatch: 1)).ProblemAsync(412);

        var response = await Financier.GetAsync($"/rounds/{roundId}", TestContext.Current.CancellationToken);
        response.Headers.ETag!.Tag.ShouldBe("\"2\"");
        (await Financier.GetOkAsync($"/rounds/{roundId}")).GetProperty("committed").Amount().ShouldBe(1_000m);
    }

    [Fact]
    public async Task The_api_description_names_every_command_and_query()
    {
        var document = await financing.Host.CreateClient().GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        foreach (var operation in new[] { "RegisterInvestor", "GetInvestor", "ListInvestors", "GetStartUp", "OpenRound", "GetRound", "ListRounds", "Commit",
                     "WithdrawCommitment", "CloseRound", "CancelRound", "DeclareRoundFailed", "ListCommitments", "FormPanel", "GetPanel", "AddPanelMember", "HoldPanelSession",
                     "RecordPitch", "YearFigures", "StartUpFigures", "PanelFigures" })
            document.ShouldContain($"\"{operation}\"");
    }
}
