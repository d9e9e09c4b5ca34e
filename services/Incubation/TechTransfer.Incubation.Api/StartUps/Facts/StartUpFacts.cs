namespace TechTransfer.Incubation.Api.StartUps.Facts;

/// <summary>One admission of a start-up to an incubator's cohort, indexed by cohort and incubator: dashboards and cohort survival read these.</summary>
public sealed record AdmissionFact(Guid Id, Guid StartUpId, Guid IncubatorId, Guid? CohortId, DateOnly AdmittedOn);

/// <summary>One label award, indexed by name (lower case) and expiry: the investors' list reads the labels held today.</summary>
public sealed record LabelHolding(Guid Id, Guid StartUpId, string Name, string NameKey, DateOnly AwardedOn, DateOnly ExpiresOn)
{
    public static string KeyOf(string label) => label.Trim().ToLowerInvariant();
}
