namespace TechTransfer.Incubation.Api.StartUps;

public sealed record JobsReport(DateOnly AsOf, int HeadCount, int ResearchersAndEngineers);
