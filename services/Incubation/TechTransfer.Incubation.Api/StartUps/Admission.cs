namespace TechTransfer.Incubation.Api.StartUps;

/// <summary>A stay in an incubator (and cohort); <see cref="LeftOn"/> is set when it left, graduated, failed or was acquired.</summary>
public sealed record Admission(
    Guid IncubatorId, string IncubatorName, Guid IncubatorOrganisationId, Guid? CohortId, string? CohortName, DateOnly AdmittedOn,
    DateOnly? LeftOn = null, string? LeftReason = null);
