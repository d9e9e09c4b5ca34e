namespace TechTransfer.Client.Disclosures;

// Enum-like values travel as strings (the services write enums by name): a value added by a later service
// version still reads. These are the values known to this SDK version.

/// <summary>The three phases of a technology's journey.</summary>
public static class Phases
{
    public const string FacilityRnD = "FacilityRnD";
    public const string Prototype = "Prototype";
    public const string SmeProduct = "SmeProduct";
}

/// <summary>What the transfer office decided to do with a disclosure.</summary>
public static class AssessmentDecisions
{
    public const string Pursue = "Pursue";
    public const string Hold = "Hold";
    public const string ReleaseToInventors = "ReleaseToInventors";
    public const string Decline = "Decline";
}

/// <summary>Kinds of IP owner.</summary>
public static class OwnerKinds
{
    public const string Facility = "Facility";
    public const string Firm = "Firm";
    public const string University = "University";
    public const string Other = "Other";
}

/// <summary>The forms a transfer takes. Licences and start-ups are recorded by Licensing and Incubation, not by hand.</summary>
public static class TransferForms
{
    public const string Patent = "Patent";
    public const string Licence = "Licence";
    public const string StartUp = "StartUp";
    public const string PartnershipAgreement = "PartnershipAgreement";
    public const string ConsultingAgreement = "ConsultingAgreement";
    public const string ServiceContract = "ServiceContract";
    public const string Standardisation = "Standardisation";
}

/// <summary>The state of a patent application.</summary>
public static class PatentStatuses
{
    public const string Filed = "Filed";
    public const string Granted = "Granted";
    public const string Abandoned = "Abandoned";
}

/// <summary>Kinds of patent deadline.</summary>
public static class PatentDeadlineKinds
{
    public const string PriorityYear = "PriorityYear";
    public const string NationalPhase30 = "NationalPhase30";
    public const string NationalPhase31 = "NationalPhase31";
}
