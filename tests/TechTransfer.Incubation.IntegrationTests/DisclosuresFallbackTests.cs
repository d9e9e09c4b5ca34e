using Microsoft.AspNetCore.Mvc.Testing;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Contracts.Disclosures;
using TechTransfer.Disclosures.Api;
using TechTransfer.Incubation.Api;
using TechTransfer.Testing;
using TechTransfer.Testing.Disclosures;
using TechTransfer.Testing.Hosts;
using TechTransfer.Testing.Infrastructure;
using TechTransfer.Testing.Messaging;

namespace TechTransfer.Incubation.IntegrationTests;

/// <summary>
/// Technologies Incubation has not heard of, or only in part (their events went by before its queues existed), are
/// confirmed through a real Disclosures host's REST API with the incubator manager's own token; what Disclosures does
/// not know either is refused, and nothing is ever stored as a placeholder.
/// </summary>
public sealed class DisclosuresFallbackTests(DisclosuresFallbackTests.Hosts hosts) : IClassFixture<DisclosuresFallbackTests.Hosts>
{
    /// <summary>Both hosts and the technologies, once for the class (two hosts are slow to start).</summary>
    public sealed class Hosts(TestInfrastructure infrastructure) : IAsyncLifetime
    {
        private readonly FallbackFixture _incubation = new(infrastructure);
        public ServiceHost<DisclosuresApi> Disclosures { get; private set; } = null!;
        public IncubationFixture Incubation => _incubation;
        public Guid Agreed { get; private set; }

        /// <summary>Founded on by one test only: the other tests' look-ups must not have taught Incubation of it first.</summary>
        public Guid Unheard { get; private set; }
        public Guid HalfHeard { get; private set; }
        public Guid Unagreed { get; private set; }

        public async ValueTask InitializeAsync()
        {
            Disclosures = new ServiceHost<DisclosuresApi>(infrastructure, "disclosures");
            await Disclosures.StartReadyAsync();
            await using var probe = await BrokerProbe.ConnectAsync(infrastructure.Servers.RabbitMq);
            await probe.WatchExchangeAsync(IpOwnershipAgreed.Exchange);
            var staff = Disclosures.ClientAs(Roles.Staff, "kt-officer");
            Agreed = await AgreedAsync(staff, "Quench detector");
            Unheard = await AgreedAsync(staff, "Superconducting link");
            HalfHeard = await AgreedAsync(staff, "Cryogenic valve");
            Unagreed = await staff.DiscloseAsync(Sample.Disclosure("Radiation-hard sensor", facility: "JET"));
            // Published before Incubation's queues exist: Incubation will not hear of them over the bus.
            await probe.WaitForAsync(m => m.Message.GetProperty("technologyId").GetGuid() == HalfHeard, "the IP agreements to leave Disclosures");
            _incubation.DisclosuresHost = Disclosures;
            await _incubation.InitializeAsync();
            // Of one of them Incubation hears the IP agreement only (its disclosure was lost to it).
            await _incubation.OtherServices.PublishAsync(new IpOwnershipAgreed(HalfHeard, [new OwnerShare("CERN", "facility", 100m)], "KT-AGR-7",
                DateTimeOffset.UtcNow));
            await Eventually.TrueAsync(async () => (await _incubation.Staff.GetAsync($"/technologies/{HalfHeard}")).IsSuccessStatusCode, "the agreement heard");
        }

        private static async Task<Guid> AgreedAsync(HttpClient staff, string title)
        {
            var id = await staff.DiscloseAsync(Sample.Disclosure(title));
            await staff.CommandAsync(HttpMethod.Put, $"/technologies/{id}/ip-ownership", new
            {
                owners = new[] { new { name = "CERN", kind = "Facility", share = 100m } }, agreementReference = "KT-AGR-7",
            });
            return id;
        }

        public async ValueTask DisposeAsync()
        {
            await _incubation.DisposeAsync();
            await Disclosures.DisposeWithConnectionsAsync();
        }
    }

    [Fact]
    public async Task A_manager_founds_on_technologies_not_heard_of_or_half_heard_of_and_Incubation_keeps_what_Disclosures_said()
    {
        var organisation = Guid.NewGuid();
        using var manager = hosts.Incubation.ManagerOf(organisation);
        await hosts.Incubation.IncubatorAsync(organisation, "Annecy business nursery");
        (await hosts.Incubation.Staff.GetAsync($"/technologies/{hosts.Unheard}", TestContext.Current.CancellationToken)).StatusCode
            .ShouldBe(System.Net.HttpStatusCode.NotFound);
        var id = await IncubationFixture.ProposeAsync(manager, "Quenchless SAS", hosts.Unheard, hosts.HalfHeard);

        await manager.PostOkAsync($"/start-ups/{id}/founding", new { registrationNumber = "RCS Annecy 1" });

        foreach (var (technology, title) in new[] { (hosts.Unheard, "Superconducting link"), (hosts.HalfHeard, "Cryogenic valve") })
        {
            var known = await hosts.Incubation.Staff.GetOkAsync($"/technologies/{technology}");
            (known.GetProperty("title").GetString(), known.GetProperty("facility").GetString(), known.GetProperty("ipOwnershipAgreed").GetBoolean())
                .ShouldBe((title, "CERN", true));
            known.GetRawText().ShouldNotContain(Sample.SecretDescription);
            known.GetRawText().ShouldNotContain(Sample.InventorName);
        }
        (await manager.GetOkAsync($"/start-ups/{id}")).GetProperty("technologies").EnumerateArray()
            .Select(t => (t.GetProperty("title").GetString(), t.GetProperty("facility").GetString()))
            .ShouldBe([("Superconducting link", "CERN"), ("Cryogenic valve", "CERN")]);
    }

    [Fact]
    public async Task Founding_is_refused_by_the_rule_Disclosures_answer_leads_to_and_nothing_is_written()
    {
        var never = Guid.NewGuid();
        var ghost = await IncubationFixture.ProposeAsync(hosts.Incubation.Staff, "Ghost SAS", hosts.Agreed, never);
        var problem = await (await hosts.Incubation.Staff.PostAsync($"/start-ups/{ghost}/founding", new { registrationNumber = "RCS 1" })).ProblemAsync(422);
        problem.GetProperty("rule").GetString().ShouldBe("technology-is-known");
        problem.GetProperty("detail").GetString()!.ShouldContain(never.ToString());
        (await hosts.Incubation.Staff.GetAsync($"/technologies/{never}", TestContext.Current.CancellationToken)).StatusCode
            .ShouldBe(System.Net.HttpStatusCode.NotFound);

        var early = await IncubationFixture.ProposeAsync(hosts.Incubation.Staff, "Early SAS", hosts.Unagreed);
        (await (await hosts.Incubation.Staff.PostAsync($"/start-ups/{early}/founding", new { registrationNumber = "RCS 2" })).ProblemAsync(422))
            .GetProperty("rule").GetString().ShouldBe("ip-ownership-is-agreed");
        (await hosts.Incubation.Staff.GetOkAsync($"/start-ups/{early}")).GetProperty("version").GetInt64().ShouldBe(1);
        (await hosts.Incubation.Staff.GetOkAsync($"/technologies/{hosts.Unagreed}")).GetProperty("facility").GetString().ShouldBe("JET");
    }

    private sealed class FallbackFixture(TestInfrastructure infrastructure) : IncubationFixture(infrastructure)
    {
        public ServiceHost<DisclosuresApi> DisclosuresHost { get; set; } = null!;

        protected override IReadOnlyDictionary<string, string?> Settings(string name) => DisclosuresAsOwner.WithOwner(base.Settings(name));

        protected override WebApplicationFactory<IncubationApi> Customise(ServiceHost<IncubationApi> host) => host.AskingDisclosures(() => DisclosuresHost);
    }
}
