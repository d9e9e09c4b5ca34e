using System.Net;
using TechTransfer.Contracts.Disclosures;
using TechTransfer.Testing;
using TechTransfer.Testing.Hosts;

namespace TechTransfer.Licensing.IntegrationTests;

/// <summary>The local read model of technologies, from Disclosures' events on the real broker: in any order, once each, the newest fact winning.</summary>
public sealed class KnownTechnologyTests(LicensingFixture licensing) : IClassFixture<LicensingFixture>
{
    [Fact]
    public async Task Facts_arriving_out_of_order_or_twice_compose_with_the_newest_ownership_winning()
    {
        var id = Guid.NewGuid();
        var now = DateTimeOffset.UtcNow;
        var newer = new IpOwnershipAgreed(id, [new OwnerShare("ITER", "facility", 100m)], "AGR-2", now);
        var older = new IpOwnershipAgreed(id, [new OwnerShare("ITER", "facility", 50m), new OwnerShare("F4E", "other", 50m)], "AGR-1", now.AddDays(-1));
        var messageId = Guid.NewGuid();
        await licensing.Disclosures.PublishAsync(newer, messageId);
        await licensing.Disclosures.PublishAsync(newer, messageId); // a redelivery
        await licensing.Disclosures.PublishAsync(older);            // a late, older agreement
        await licensing.Disclosures.PublishAsync(new TechnologyPublishedForMarketing(id, "Remote handling arm", "Handles radioactive parts.", [], [], "ITER",
            "Robotics", 2, now));
        await licensing.Disclosures.PublishAsync(new TechnologyDisclosed(id, "Remote handling arm", "ITER", now.AddMonths(-3), "Robotics"));

        await Eventually.TrueAsync(async () =>
        {
            var answer = await licensing.Staff.GetAsync($"/known-technologies/{id}");
            var body = await answer.Content.ReadAsStringAsync();
            return answer.StatusCode == HttpStatusCode.OK && body.Contains("\"disclosedAt\":\"") && body.Contains("\"marketed\":true")
                && body.Contains("\"ownershipAgreed\":true") && !body.Contains("F4E");
        }, "the technology composed from its facts, the newer agreement among them");
        await Task.Delay(500, TestContext.Current.CancellationToken); // let the older agreement be consumed too
        var known = await licensing.Staff.GetOkAsync($"/known-technologies/{id}");
        (known.GetProperty("facility").GetString(), known.GetProperty("owners").GetArrayLength()).ShouldBe(("ITER", 1));

        await licensing.Disclosures.PublishAsync(new TechnologyAbandoned(id, now));
        await Eventually.TrueAsync(async () => (await licensing.Staff.GetOkAsync($"/known-technologies/{id}")).GetProperty("abandoned").GetBoolean(),
            "the abandonment to be known");
        var interest = await licensing.PartnerOf(Guid.NewGuid()).PostAsync("/interests",
            new { technologyId = id, companyName = "Acme", contactName = "Ada Buyer", contactEmail = "ada@acme.example" });
        (await interest.ProblemAsync(422)).GetProperty("rule").GetString().ShouldBe("technology-is-in-the-catalogue");
    }
}
