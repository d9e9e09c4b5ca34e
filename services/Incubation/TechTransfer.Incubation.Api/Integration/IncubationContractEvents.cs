using JasperFx.Events;
using TechTransfer.BuildingBlocks.Messaging.Outbox;
using TechTransfer.Incubation.Api.StartUps;
using TechTransfer.Incubation.Api.StartUps.AchieveMilestone;
using TechTransfer.Incubation.Api.StartUps.Acquire;
using TechTransfer.Incubation.Api.StartUps.Admit;
using TechTransfer.Incubation.Api.StartUps.Fail;
using TechTransfer.Incubation.Api.StartUps.Found;
using TechTransfer.Incubation.Api.StartUps.Graduate;
using TechTransfer.Incubation.Api.StartUps.ReportJobs;
using Contract = TechTransfer.Contracts.Incubation;

namespace TechTransfer.Incubation.Api.Integration;

/// <summary>
/// What Incubation tells other services: a start-up founded (with its technologies), admitted, a milestone achieved,
/// a product launched, each head-count report, and the outcome (graduated, failed, acquired). Proposals, plans,
/// misses, labels and departures stay inside. Every contract carries the technologies (the scoreboard maps
/// them to facilities) and who recorded it. The events that leave carry the start-up's name and technologies, so
/// this map never looks back into the stream.
/// </summary>
public sealed class IncubationContractEvents : IContractEventMap
{
    public object? ToContract(IEvent @event) => @event.Data switch
    {
        StartUpFounded e => new Contract.StartUpFounded(@event.StreamId, e.Name, [.. e.Technologies.Select(t => t.Id)], e.FoundedOn, e.At,
            e.RegistrationNumber, e.FacilityEquityShare, e.By),
        StartUpAdmitted e => new Contract.StartUpAdmitted(@event.StreamId, e.Name, e.TechnologyIds, e.IncubatorId, e.IncubatorName, e.CohortId, e.CohortName,
            e.AdmittedOn, e.At, e.By),
        MilestoneAchieved e => new Contract.MilestoneAchieved(@event.StreamId, e.Name, e.TechnologyIds, e.MilestoneId, e.Kind.WireName(), e.Title, e.AchievedOn,
            e.At, e.By),
        ProductLaunched e => new Contract.StartUpProductLaunched(@event.StreamId, e.Name, e.TechnologyIds, e.Product, e.LaunchedOn, e.At, e.By),
        JobsReported e => new Contract.StartUpJobsReported(@event.StreamId, e.Name, e.TechnologyIds, e.AsOf, e.HeadCount, e.ResearchersAndEngineers, e.At, e.By),
        StartUpGraduated e => new Contract.StartUpGraduated(@event.StreamId, e.Name, e.TechnologyIds, e.GraduatedOn, e.At, e.By),
        StartUpFailed e => new Contract.StartUpFailed(@event.StreamId, e.Name, e.TechnologyIds, e.Reason, e.FailedOn, e.At, e.By),
        StartUpAcquired e => new Contract.StartUpAcquired(@event.StreamId, e.Name, e.TechnologyIds, e.Acquirer, e.AcquiredOn, e.At, e.By),
        _ => null,
    };
}
