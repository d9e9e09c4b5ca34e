using System.Net;
using TechTransfer.Client;
using TechTransfer.Client.Disclosures;
using TechTransfer.Testing.Disclosures;
using TechTransfer.Testing.Hosts;
using TechTransfer.Testing.Infrastructure;

namespace TechTransfer.Disclosures.IntegrationTests;

/// <summary>Refused commands: ProblemDetails naming the rule or the stale version, and nothing appended.</summary>
public sealed class RefusedCommandTests(TestInfrastructure infrastructure) : DisclosuresHost(infrastructure, "refused")
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_stale_If_Match_is_refused_with_412_and_appends_nothing()
    {
        var id = (await Api.DiscloseTechnologyAsync(Sample.Request(), Ct)).Id;
        await Api.AssessTechnologyAsync(id, new AssessTechnology(AssessmentDecisions.Hold, 3), ETags.For(2), Ct);

        await SdkCalls.RefusedAsync(() => Api.AssessTechnologyAsync(id, new AssessTechnology(AssessmentDecisions.Pursue, 5), ETags.For(2), Ct),
            HttpStatusCode.PreconditionFailed);

        await VersionShouldBeAsync(id, 3);
        (await Api.GetTechnologyAsync(id, Ct)).Ok().Assessment.ShouldNotBeNull().Decision.ShouldBe(AssessmentDecisions.Hold);
    }

    [Fact]
    public async Task Concurrent_commands_without_If_Match_never_lose_an_update()
    {
        var id = (await Api.DiscloseTechnologyAsync(Sample.Request(), Ct)).Id;

        // Each assessment reads version 2 or later and appends one event; Marten refuses a commit on a moved stream.
        var answers = await Task.WhenAll(Enumerable.Range(1, 6).Select(trl =>
            Attempt.Of(() => Api.AssessTechnologyAsync(id, new AssessTechnology(AssessmentDecisions.Hold, trl), ct: Ct))));

        answers.ShouldAllBe(a => a.Succeeded || a.Refusal!.StatusCode == HttpStatusCode.Conflict);
        var succeeded = answers.Count(a => a.Succeeded);
        succeeded.ShouldBeGreaterThan(0);
        await VersionShouldBeAsync(id, 2 + succeeded);
        (await Api.GetJourneyAsync(id, Ct)).Steps.Count(s => s.Step == "assessed").ShouldBe(succeeded);
    }

    [Fact]
    public async Task Commands_that_break_a_rule_are_refused_naming_it_and_append_nothing()
    {
        var id = (await Api.DiscloseTechnologyAsync(Sample.Request(), Ct)).Id;

        await RefusedAsync(id, () => Api.PublishForMarketingAsync(id, Marketing(), ct: Ct), HttpStatusCode.Conflict, "marketing-needs-decision-to-pursue", version: 2);
        await Api.AssessTechnologyAsync(id, new AssessTechnology(AssessmentDecisions.Pursue, 4), ct: Ct);
        await RefusedAsync(id, () => Api.PublishForMarketingAsync(id, Marketing(), ct: Ct), HttpStatusCode.Conflict, "ip-ownership-agreed-first", version: 3);
        await RefusedAsync(id, () => Api.AmendInventorsAsync(id, new AmendInventors([new InventorInput("Ada", "CERN", "ada@cern.example", 90m)]), ct: Ct),
            HttpStatusCode.UnprocessableEntity, "inventor-shares-add-up-to-100", version: 3);
        await RefusedAsync(id, () => Api.AdvancePhaseAsync(id, new AdvancePhase(Phases.SmeProduct, "sold"), ct: Ct),
            HttpStatusCode.Conflict, "phase-advances-one-step-at-a-time", version: 3);
        await RefusedAsync(id, () => Api.RecordTransferAsync(id, new RecordTransfer(TransferForms.Licence, "Cryo SARL", "L-1", Today()), ct: Ct),
            HttpStatusCode.UnprocessableEntity, "transfer-form-is-recorded-by-its-service", version: 3);
        await RefusedAsync(id, () => Api.FilePatentApplicationAsync(id, new FilePatentApplication("EP", "EP1000", Today(5)), ct: Ct),
            HttpStatusCode.UnprocessableEntity, "filing-date-is-not-in-the-future", version: 3);
    }

    [Fact]
    public async Task Unknown_technologies_are_404_and_bad_bodies_are_400_with_the_field()
    {
        await SdkCalls.RefusedAsync(() => Api.AssessTechnologyAsync(Guid.NewGuid(), new AssessTechnology(AssessmentDecisions.Pursue, 4), ct: Ct), HttpStatusCode.NotFound);

        var id = (await Api.DiscloseTechnologyAsync(Sample.Request(), Ct)).Id;
        var bad = await SdkCalls.RefusedAsync(() => Api.AssessTechnologyAsync(id, new AssessTechnology(AssessmentDecisions.Pursue, 12), ct: Ct), HttpStatusCode.BadRequest);
        bad.ToString().ShouldContain("Trl");
        await VersionShouldBeAsync(id, 2);
    }

    [Fact]
    public async Task Nested_and_query_input_is_validated_field_by_field()
    {
        var disclosure = await SdkCalls.RefusedAsync(() => Api.DiscloseTechnologyAsync(new DiscloseTechnology("Quench detector", "CERN", "TE", "Magnets",
            [new InventorInput("Ada", "CERN", "not-an-email", 100m)], "A confidential description.", new DateOnly(2025, 1, 15)), Ct), HttpStatusCode.BadRequest);
        disclosure.ToString().ShouldContain("Email");

        var page = await SdkCalls.RefusedAsync(() => PartnerApi().SearchCatalogueAsync(new CatalogueQuery { PageSize = 1000 }, Ct), HttpStatusCode.BadRequest);
        page.ToString().ShouldContain("pageSize", Case.Insensitive);
    }

    [Fact]
    public async Task The_api_description_names_every_command_and_query()
    {
        var document = await Host.CreateClient().GetStringAsync("/openapi/v1.json", Ct);
        foreach (var operation in new[] { "DiscloseTechnology", "AmendInventors", "AssessTechnology", "AgreeIpOwnership", "FilePatentApplication",
                     "GrantPatent", "AbandonPatentApplication", "PublishForMarketing", "AdvancePhase", "RecordTransfer", "AbandonTechnology",
                     "GetTechnology", "GetJourney", "SearchCatalogue", "GetCatalogueEntry", "DisclosuresAwaitingAssessment", "PatentDeadlines",
                     "SmeProductEvidenceToReview", "Scoreboard" })
            document.ShouldContain($"\"{operation}\"");
    }

    private async Task RefusedAsync(Guid id, Func<Task> command, HttpStatusCode status, string rule, long version)
    {
        (await SdkCalls.RefusedAsync(command, status)).Rule().ShouldBe(rule);
        await VersionShouldBeAsync(id, version);
    }

    private async Task VersionShouldBeAsync(Guid id, long version) => (await Api.GetTechnologyAsync(id, Ct)).ETag().ShouldBe(ETags.For(version));
}
