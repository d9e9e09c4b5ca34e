using TechTransfer.Contracts.Disclosures;
using TechTransfer.Testing;
using TechTransfer.Testing.Hosts;

namespace TechTransfer.Licensing.IntegrationTests;

/// <summary>
/// Issue 12, item 7: one signature, nothing else writing, answered 409 instead of the rule's 422, just after Licensing
/// had asked Disclosures about the technology. The cause: Licensing had not heard of the technology because
/// Disclosures' events were still in flight; while it waited for Disclosures' REST answer, the consumer of one of those
/// events stored the same fact document; the look-up then stored its copy blindly, and Marten refused it as a version
/// conflict (the document is version-checked), which the API maps to 409. Here the consumer's write is made to land
/// in exactly that window, every time.
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
                await Eventually.TrueAsync(async () => (await licensing.Staff.GetAsync($"/known-technologies/{technology}")).IsSuccessStatusCode,
                    "the consumer to store the marketing fact");
            }
            // Marketed, but its IP ownership is not agreed: the rule refuses the signature.
            return ScriptedDisclosuresFixture.Technology(technology, marketed: true, owned: false);
        };

        var answer = await licensing.Staff.PostAsync($"/licences/{id}/signature", new { });

        (await answer.ProblemAsync(422)).GetProperty("rule").GetString().ShouldBe("ip-ownership-is-agreed");
        raced.ShouldBeTrue();
        // What both sides said is kept once: the consumer's marketing fact and Disclosures' disclosure.
        var known = await licensing.Staff.GetOkAsync($"/known-technologies/{technology}");
        (known.GetProperty("marketed").GetBoolean(), known.GetProperty("title").GetString()).ShouldBe((true, "Quench detector"));
    }
}
