using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Client.Disclosures;
using TechTransfer.Client.Incubation;
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
            var staff = SdkCalls.For<IDisclosuresApi>(Disclosures.ClientAs(Roles.Staff, "kt-officer"));
            Agreed = await AgreedAsync(staff, "Quench detector");
            Unheard = await AgreedAsync(staff, "Superconducting link");
            HalfHeard = await AgreedAsync(staff, "Cryogenic valve");
            Unagreed = (await staff.DiscloseTechnologyAsync(Sample.Request("Radiation-hard sensor", facility: "JET"), TestContext.Current.CancellationToken)).Id;
            // Published before Incubation's queues exist: Incubation will not hear of them over the bus.
            await probe.WaitForAsync(m => m.Message.GetProperty("technologyId").GetGuid() == HalfHeard, "the IP agreements to leave Disclosures");
            _incubation.DisclosuresHost = Disclosures;
            await _incubation.InitializeAsync();
            // Of one of them Incubation hears the IP agreement only (its disclosure was lost to it).
            await _incubation.OtherServices.PublishAsync(new IpOwnershipAgreed(HalfHeard, [new OwnerShare("CERN", "facility", 100m)], "KT-AGR-7",
                DateTimeOffset.UtcNow));
            await Eventually.TrueAsync(async () => await _incubation.KnownAsync(HalfHeard) is not null, "the agreement heard");
        }

        private static async Task<Guid> AgreedAsync(IDisclosuresApi staff, string title)
        {
            var ct = TestContext.Current.CancellationToken;
            var id = (await staff.DiscloseTechnologyAsync(Sample.Request(title), ct)).Id;
            await staff.AgreeIpOwnershipAsync(id, new AgreeIpOwnership([new OwnerInput("CERN", OwnerKinds.Facility, 100m)], "KT-AGR-7"), ct: ct);
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
        var ct = TestContext.Current.CancellationToken;
        var organisation = Guid.NewGuid();
        var manager = hosts.Incubation.PartnerApi(organisation);
        await hosts.Incubation.IncubatorAsync(organisation, "Annecy business nursery");
        await SdkCalls.RefusedAsync(() => hosts.Incubation.Api.GetKnownTechnologyAsync(hosts.Unheard, ct), HttpStatusCode.NotFound);
        var id = await IncubationFixture.ProposeAsync(manager, "Quenchless SAS", hosts.Unheard, hosts.HalfHeard);

        await manager.FoundStartUpAsync(id, new FoundStartUp("RCS Annecy 1"), ct: ct);

        foreach (var (technology, title) in new[] { (hosts.Unheard, "Superconducting link"), (hosts.HalfHeard, "Cryogenic valve") })
        {
            var known = await hosts.Incubation.Api.GetKnownTechnologyAsync(technology, ct);
            (known.Title, known.Facility, known.IpOwnershipAgreed, known.AgreementReference).ShouldBe((title, "CERN", true, "KT-AGR-7"));
            // What Disclosures' confidential record holds must not reach Incubation's answer at all: read the bytes.
            var wire = await hosts.Incubation.Staff.GetStringAsync($"/technologies/{technology}", ct);
            wire.ShouldNotContain(Sample.SecretDescription);
            wire.ShouldNotContain(Sample.InventorName);
        }
        (await manager.GetStartUpAsync(id, ct)).Technologies.Select(t => (t.Title, t.Facility))
            .ShouldBe([("Superconducting link", "CERN"), ("Cryogenic valve", "CERN")]);
    }

    [Fact]
    public async Task Founding_is_refused_by_the_rule_Disclosures_answer_leads_to_and_nothing_is_written()
    {
        var ct = TestContext.Current.CancellationToken;
        var api = hosts.Incubation.Api;
        var never = Guid.NewGuid();
        var ghost = await IncubationFixture.ProposeAsync(api, "Ghost SAS", hosts.Agreed, never);
        var problem = await SdkCalls.RefusedAsync(() => api.FoundStartUpAsync(ghost, new FoundStartUp("RCS 1"), ct: ct), HttpStatusCode.UnprocessableEntity);
        problem.Rule().ShouldBe("technology-is-known");
        problem.GetProperty("detail").GetString()!.ShouldContain(never.ToString());
        await SdkCalls.RefusedAsync(() => api.GetKnownTechnologyAsync(never, ct), HttpStatusCode.NotFound);

        var early = await IncubationFixture.ProposeAsync(api, "Early SAS", hosts.Unagreed);
        (await SdkCalls.RefusedAsync(() => api.FoundStartUpAsync(early, new FoundStartUp("RCS 2"), ct: ct), HttpStatusCode.UnprocessableEntity))
            .Rule().ShouldBe("ip-ownership-is-agreed");
        (await api.GetStartUpAsync(early, ct)).Version.ShouldBe(1);
        (await api.GetKnownTechnologyAsync(hosts.Unagreed, ct)).Facility.ShouldBe("JET");
    }

    private sealed class FallbackFixture(TestInfrastructure infrastructure) : IncubationFixture(infrastructure)
    {
        public ServiceHost<DisclosuresApi> DisclosuresHost { get; set; } = null!;

        protected override IReadOnlyDictionary<string, string?> Settings(string name) => DisclosuresAsOwner.WithOwner(base.Settings(name));

        protected override WebApplicationFactory<IncubationApi> Customise(ServiceHost<IncubationApi> host) => host.AskingDisclosures(() => DisclosuresHost);
    }
}
