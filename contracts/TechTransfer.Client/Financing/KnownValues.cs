namespace TechTransfer.Client.Financing;

// Enum-like values travel as strings (the services write enums by name): a value added by a later service
// version still reads. These are the values known to this SDK version.

public static class InvestorKinds
{
    public const string BusinessAngel = "BusinessAngel";
    public const string VentureFund = "VentureFund";
    public const string RegionalSeedFund = "RegionalSeedFund";
    public const string PublicAgency = "PublicAgency";
    public const string Bank = "Bank";
}

/// <summary>Whose money an investor puts in: public money is what leverage divides by.</summary>
public static class MoneySources
{
    public const string Public = "Public";
    public const string Private = "Private";
}

public static class Instruments
{
    public const string Equity = "Equity";
    public const string StartUpFund = "StartUpFund";
    public const string Grant = "Grant";
    public const string Loan = "Loan";
    public const string Convertible = "Convertible";
}

public static class RoundStatuses
{
    public const string Open = "Open";
    public const string Closed = "Closed";
    public const string Failed = "Failed";
    public const string Cancelled = "Cancelled";
}

public static class PitchOutcomes
{
    public const string Backed = "Backed";
    public const string Declined = "Declined";
    public const string Deferred = "Deferred";
}
