using System.Net;
using TechTransfer.Client.Licensing;
using TechTransfer.Contracts.Disclosures;
using TechTransfer.Testing;
using TechTransfer.Testing.Hosts;

namespace TechTransfer.Licensing.IntegrationTests;

/// <summary>
/// One signature, nothing else writing, is decided by its rule (422) even when it races a consumer: Licensing has not
/// heard of the technology (Disclosures' events are in flight), asks Disclosures, and while it waits for the answer the
/// consumer of one of those events stores the same fact document. A look-up storing its copy blindly would be refused
/// by Marten as a version conflict (the document is version-checked), which the API maps to 409. Here the consumer's
/// write lands in exactly that window, every time.
/// </summary>
public sealed class LookupRaceTests(ScriptedDisclosuresFixture licensing) : IClassFixture<ScriptedDisclosuresFixture>
{
    [Fact]
    public async Task A_consumer_writing_the_same_fact_while_Disclosures_answers_is_no_conflict_the_rule_decides()
    {
        var technology = Guid.NewGuid();
        var id = await licensing.DraftAsync(LicensingFixture.Terms(technology, await licensing.LicenseeAsync()));
        var raced = false;
        licensing.Answer = async request =>
        {
            if (!raced)
            {
                raced = true;
                // The marketing event, in flight when Licensing asked, is consumed before Disclosures' answer arrives.
                await licensing.Disclosures.PublishAsync(new TechnologyPublishedForMarketing(technology, "Fast quench protection", "Protects magnets.", ["MRI"],
                    ["cryogenics"], "CERN", "Superconducting magnets", 2, DateTimeOffset.UtcNow.AddDays(-1)));
                await Eventually.TrueAsync(async () => await licensing.KnownAsync(technology) is not null, "the consumer to store the marketing fact");
            }
            // Marketed, but its IP ownership is not agreed: the rule refuses the signature.
            return ScriptedDisclosuresFixture.Technology(technology, marketed: true, owned: false);
        };

        var refused = await SdkCalls.RefusedAsync(() => licensing.Api.SignLicenceAsync(id, new SignLicenceRequest(), ct: TestContext.Current.CancellationToken),
            HttpStatusCode.UnprocessableEntity);

        refused.Rule().ShouldBe("ip-ownership-is-agreed");
        raced.ShouldBeTrue();
        // What both sides said is kept once: the consumer's marketing fact and Disclosures' disclosure.
        var known = await licensing.Api.GetKnownTechnologyAsync(technology, TestContext.Current.CancellationToken);
        (known.Marketed, known.Title).ShouldBe((true, "Quench detector"));
    }
}
