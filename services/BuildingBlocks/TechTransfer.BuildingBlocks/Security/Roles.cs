namespace TechTransfer.BuildingBlocks.Security;

/// <summary>Who may call what. Tokens carry these in the <c>role</c> claim.</summary>
public static class Roles
{
    /// <summary>Transfer-office staff: disclosures, IP, licences, the whole record.</summary>
    public const string Staff = "staff";

    /// <summary>An incubator's manager, bound to one incubator (its id in the <c>org</c> claim).</summary>
    public const string IncubatorManager = "incubator-manager";

    /// <summary>A financier on a panel: sees rounds and pitches.</summary>
    public const string Financier = "financier";

    /// <summary>A partner system (licensee, investor, portal), bound to one organisation (<c>org</c> claim).</summary>
    public const string Partner = "partner";

    /// <summary>Operates the platform: API keys, dead letters. Admin may also call every staff endpoint.</summary>
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Staff, IncubatorManager, Financier, Partner, Admin];
}
