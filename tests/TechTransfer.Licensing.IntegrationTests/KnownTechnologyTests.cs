using System.Net;
using TechTransfer.Client.Licensing;
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
        var ct = TestContext.Current.CancellationToken;
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

        await Eventually.TrueAsync(async () => await licensing.KnownAsync(id) is { DisclosedAt: not null, Marketed: true, OwnershipAgreed: true } known
            && known.Owners.All(o => o.Name != "F4E"), "the technology composed from its facts, the newer agreement among them");
        await Task.Delay(500, ct); // let the older agreement be consumed too
        var composed = await licensing.Api.GetKnownTechnologyAsync(id, ct);
        (composed.Facility, composed.Owners.Count).ShouldBe(("ITER", 1));

        await licensing.Disclosures.PublishAsync(new TechnologyAbandoned(id, now));
        await Eventually.TrueAsync(async () => (await licensing.Api.GetKnownTechnologyAsync(id, ct)).Abandoned, "the abandonment to be known");
        var interest = new RegisterInterestRequest(id, "Acme", "Ada Buyer", "ada@acme.example");
        (await SdkCalls.RefusedAsync(() => licensing.PartnerApi(Guid.NewGuid()).RegisterInterestAsync(interest, ct), HttpStatusCode.UnprocessableEntity))
            .Rule().ShouldBe("technology-is-in-the-catalogue");
    }
}
