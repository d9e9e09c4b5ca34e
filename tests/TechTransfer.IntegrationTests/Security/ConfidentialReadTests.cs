using System.Net;
using System.Net.Http.Json;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Disclosures.Api;
using TechTransfer.Testing.Disclosures;
using TechTransfer.Testing.Hosts;
using TechTransfer.Testing.Infrastructure;

namespace TechTransfer.IntegrationTests.Security;

/// <summary>Every read of a confidential record is kept (who, role, when) and staff can list them.</summary>
public sealed class ConfidentialReadTests(TestInfrastructure infrastructure)
{
    private sealed record Disclosed(Guid Id);

    private sealed record Read(string Reader, string Role, DateTimeOffset ReadAt);

    [Fact]
    public async Task Each_read_of_a_technologys_record_is_recorded_and_listed_for_staff_only()
    {
        await using var disclosures = new ServiceHost<DisclosuresApi>(infrastructure, "confidential");
        await disclosures.StartReadyAsync();
        var ct = TestContext.Current.CancellationToken;
        var officer = disclosures.ClientAs(Roles.Staff, "Officer Ada");
        var id = (await (await officer.PostAsJsonAsync("/technologies", Sample.Disclosure(), ct)).Content.ReadFromJsonAsync<Disclosed>(ct))!.Id;

        (await officer.GetAsync($"/technologies/{id}", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await disclosures.ClientAs(Roles.Admin, "Root Rita").GetAsync($"/technologies/{id}", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await disclosures.ClientAs(Roles.Partner, "Snooper", Guid.NewGuid()).GetAsync($"/technologies/{id}", ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var reads = (await officer.GetFromJsonAsync<List<Read>>($"/technologies/{id}/confidential-reads", ct))!;
        reads.Select(r => (r.Reader, r.Role)).ShouldBe([("Officer Ada", Roles.Staff), ("Root Rita", Roles.Admin)]);
        reads[0].ReadAt.ShouldBeLessThanOrEqualTo(reads[1].ReadAt);

        (await disclosures.ClientAs(Roles.Partner, "Snooper", Guid.NewGuid()).GetAsync($"/technologies/{id}/confidential-reads", ct))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await officer.GetAsync($"/technologies/{Guid.NewGuid()}/confidential-reads", ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
