namespace TechTransfer.Client.Disclosures;

/// <summary>A patent application (EP, US, PCT, FR…); leave <paramref name="PriorityDate"/> out for a first filing.</summary>
public sealed record FilePatentApplication(string Office, string ApplicationNumber, DateOnly FiledOn, DateOnly? PriorityDate = null);

/// <summary>A pending application was granted.</summary>
public sealed record GrantPatent(string PatentNumber, DateOnly GrantedOn);

/// <summary>A pending application was abandoned.</summary>
public sealed record AbandonPatentApplication(string Reason, DateOnly AbandonedOn);
