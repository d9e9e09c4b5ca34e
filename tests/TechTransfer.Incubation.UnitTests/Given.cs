using TechTransfer.Incubation.Api.Incubators;
using TechTransfer.Incubation.Api.Incubators.OpenCohort;
using TechTransfer.Incubation.Api.Incubators.Register;
using TechTransfer.Incubation.Api.StartUps;
using TechTransfer.Incubation.Api.StartUps.Admit;
using TechTransfer.Incubation.Api.StartUps.Fail;
using TechTransfer.Incubation.Api.StartUps.Found;
using TechTransfer.Incubation.Api.StartUps.PlanMilestone;
using TechTransfer.Incubation.Api.StartUps.Propose;
using TechTransfer.Incubation.Api.Technologies;

namespace TechTransfer.Incubation.UnitTests;

/// <summary>Given: incubators and start-ups folded from the events that built them, exactly as Marten does.</summary>
public static class Given
{
    public static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 3, 1);
    public static readonly Guid StartUpId = Guid.Parse("0195c000-0000-7000-8000-000000000001");
    public static readonly Guid Organisation = Guid.Parse("0195c000-0000-7000-8000-0000000000a1");
    public static readonly Guid CohortId = Guid.Parse("0195c000-0000-7000-8000-0000000000c1");
    public static readonly KnownTechnology Magnet = new(Guid.Parse("0195c000-0000-7000-8000-0000000000f1"), "Quench detector", "CERN", true, "IPA-1", Now.AddYears(-1));
    public static readonly KnownTechnology Plasma = new(Guid.Parse("0195c000-0000-7000-8000-0000000000f2"), "Plasma diagnostics", "JET", true, "IPA-2", Now.AddYears(-1));

    /// <summary>An incubator, with its cohort <see cref="CohortId"/> (from two months before <see cref="Today"/> to four after, unless given).</summary>
    public static Incubator Incubator(bool withCohort = true, DateOnly? cohortStarts = null, DateOnly? cohortEnds = null) =>
        TechTransfer.Incubation.Api.Incubators.Incubator.From(
        [
            new IncubatorRegistered(Guid.Parse("0195c000-0000-7000-8000-0000000000b1"), "St. Genis Technoparc", "Auvergne-Rhône-Alpes", IncubatorKind.Technopark,
                Organisation, "staff-1", Now.AddYears(-2)),
            .. withCohort
                ? new object[] { new CohortOpened(CohortId, "2026 spring", cohortStarts ?? Today.AddMonths(-2), cohortEnds ?? Today.AddMonths(4), "staff-1", Now.AddMonths(-3)) }
                : [],
        ])!;

    public static StartUpProposed Proposed(params Guid[] technologies) =>
        new(StartUpId, "Quenchless SAS", ["Ada Founder", "Bob Founder"], technologies.Length == 0 ? [Magnet.Id] : technologies, 10m, null, null, "staff-1",
            Now.AddMonths(-13));

    public static StartUpFounded Founded(DateOnly? on = null) =>
        new("Quenchless SAS", [new FoundingTechnology(Magnet.Id, Magnet.Title!, Magnet.Facility!)], "RCS 123 456 789", on ?? Today.AddYears(-1), 10m, "staff-1",
            Now.AddYears(-1));

    public static StartUpAdmitted Admitted(Incubator incubator, DateOnly? on = null) =>
        new("Quenchless SAS", [Magnet.Id], incubator.Id, incubator.Name, incubator.OrganisationId, CohortId, "2026 spring", on ?? Today.AddMonths(-1), "m-1", Now);

    public static MilestonePlanned Planned(Guid id, MilestoneKind kind = MilestoneKind.PrototypeBuilt, DateOnly? due = null, string? title = null) =>
        new(id, kind, title ?? kind.DefaultTitle(), due ?? Today.AddMonths(1), "m-1", Now.AddMonths(-6));

    public static StartUp Proposal(params object[] events) => StartUp.From([Proposed(), .. events])!;

    /// <summary>A founded, active start-up, then <paramref name="events"/>.</summary>
    public static StartUp Active(params object[] events) => StartUp.From([Proposed(), Founded(), .. events])!;

    /// <summary>A start-up of its own (a new id) founded on <paramref name="on"/> on a technology of <paramref name="facility"/>, then <paramref name="events"/>.</summary>
    public static StartUp FoundedOn(string name, DateOnly on, string facility, params object[] events) => StartUp.From(
    [
        new StartUpProposed(Guid.NewGuid(), name, ["F"], [Guid.NewGuid()], 0m, null, null, "s", Now.AddYears(-5)),
        new StartUpFounded(name, [new FoundingTechnology(Guid.NewGuid(), "T", facility)], "RCS", on, 0m, "s", Now.AddYears(-5)),
        .. events,
    ])!;

    public static StartUpFailed FailedOn(DateOnly on) => new("x", [], on, "cash", "s", Now);

    public static IReadOnlyDictionary<Guid, KnownTechnology> Known(params KnownTechnology[] technologies) => technologies.ToDictionary(t => t.Id);
}
