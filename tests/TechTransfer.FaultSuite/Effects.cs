namespace TechTransfer.FaultSuite;

/// <summary>The effects a story asks for, named once for the workload that records them and the audit that counts them.</summary>
public static class Effects
{
    public const string Disclosed = "disclosed", Assessed = "assessed", IpAgreed = "ip-ownership-agreed", Published = "published-for-marketing";
    public const string LicenseeRegistered = "licensee-registered", LicenceDrafted = "licence-drafted", LicenceSigned = "licence-signed";
    public const string RoyaltyReported = "royalty-reported", RoyaltyPaid = "royalty-paid";
    public const string StartUpProposed = "start-up-proposed", StartUpFounded = "start-up-founded", StartUpAdmitted = "start-up-admitted";
    public const string RoundOpened = "round-opened", PublicCommitment = "public-commitment", PrivateCommitment = "private-commitment", RoundClosed = "round-closed";

    /// <summary>The step each effect puts on the technology's journey in Disclosures (its own steps and the other services' news).</summary>
    public static readonly IReadOnlyDictionary<string, string> JourneySteps = new Dictionary<string, string>
    {
        [Assessed] = "assessed",
        [IpAgreed] = "ip-ownership-agreed",
        [Published] = "published-for-marketing",
        [LicenceSigned] = "transfer-recorded",
        [RoyaltyPaid] = "licence-income-received",
        [StartUpFounded] = "transfer-recorded",
        [StartUpAdmitted] = "start-up-admitted",
        [RoundClosed] = "financing-round-closed",
    };

    public const decimal Sales = 100_000m, RoyaltyRate = 5m, PublicAmount = 60_000m, PrivateAmount = 90_000m;
}
