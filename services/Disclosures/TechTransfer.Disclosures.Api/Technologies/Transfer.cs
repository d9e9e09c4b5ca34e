namespace TechTransfer.Disclosures.Api.Technologies;

/// <summary>The forms a transfer takes (CERN's 2002 report counts each).</summary>
public enum TransferForm
{
    Patent,
    Licence,
    StartUp,
    PartnershipAgreement,
    ConsultingAgreement,
    ServiceContract,
    Standardisation,
}

public sealed record Transfer(Guid TransferId, TransferForm Form, string Counterpart, string Reference, DateOnly On, string Source);

public static class TransferForms
{
    /// <summary>Licences come from Licensing, start-ups from Incubation: staff never record those by hand.</summary>
    public static bool OwnedByAnotherService(this TransferForm form) => form is TransferForm.Licence or TransferForm.StartUp;

    /// <summary>The form's name on the wire and in URLs: kebab-case, stable.</summary>
    public static string WireName(this TransferForm form) => form switch
    {
        TransferForm.Patent => "patent",
        TransferForm.Licence => "licence",
        TransferForm.StartUp => "start-up",
        TransferForm.PartnershipAgreement => "partnership-agreement",
        TransferForm.ConsultingAgreement => "consulting-agreement",
        TransferForm.ServiceContract => "service-contract",
        TransferForm.Standardisation => "standardisation",
        _ => throw new ArgumentOutOfRangeException(nameof(form), form, null),
    };
}
