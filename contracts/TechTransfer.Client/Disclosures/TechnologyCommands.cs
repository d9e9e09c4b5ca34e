namespace TechTransfer.Client.Disclosures;

// The request bodies of the commands on one technology. Each takes If-Match.

/// <summary>Replace the inventors (<c>PUT /technologies/{id}/inventors</c>).</summary>
public sealed record AmendInventors(IReadOnlyList<InventorInput> Inventors, string? Reason = null);

/// <summary>The office's assessment: <see cref="AssessmentDecisions"/> and the TRL, 1 to 9.</summary>
public sealed record AssessTechnology(string Decision, int Trl, string? Notes = null);

/// <summary>The agreed IP owners; shares add up to 100.</summary>
public sealed record AgreeIpOwnership(IReadOnlyList<OwnerInput> Owners, string AgreementReference);

/// <summary>An owner: <see cref="OwnerKinds"/>.</summary>
public sealed record OwnerInput(string Name, string Kind, decimal Share);

/// <summary>The non-confidential summary for the partner catalogue; publishing again replaces it.</summary>
public sealed record PublishForMarketing(string PublicTitle, string Summary, IReadOnlyList<string> Applications, IReadOnlyList<string>? Keywords = null);

/// <summary>Move to the next phase (<see cref="Phases"/>) with the evidence.</summary>
public sealed record AdvancePhase(string To, string Evidence);

/// <summary>A transfer recorded by hand: any <see cref="TransferForms"/> but licences and start-ups.</summary>
public sealed record RecordTransfer(string Form, string Counterpart, string Reference, DateOnly On);

/// <summary>Stop pursuing the technology: it leaves the catalogue and the worklists.</summary>
public sealed record AbandonTechnology(string Reason);
