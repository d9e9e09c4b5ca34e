namespace TechTransfer.Incubation.Api.StartUps;

public enum MilestoneStatus { Planned, Achieved, Missed }
