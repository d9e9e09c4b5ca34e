namespace TechTransfer.Client.Disclosures;

/// <summary>The scoreboard for one year: per facility, and how fresh each source service's figures are.</summary>
public sealed record Scoreboard(int Year, DateTimeOffset ComputedAt, IReadOnlyList<SourceFreshness> Freshness, IReadOnlyList<FacilityYear> Facilities);

/// <summary><see cref="LatestReportReceivedAt"/>: the latest report counted from that service (null for Disclosures: always current).</summary>
public sealed record SourceFreshness(string Source, string Basis, DateTimeOffset? LatestReportReceivedAt);

/// <summary>One facility's year. Money is per currency, never summed across currencies.</summary>
public sealed record FacilityYear(
    string Facility, int Year, int Disclosures, int PatentApplications, int PatentGrants, int Transfers, IReadOnlyDictionary<string, int> TransfersByForm,
    LicenceFigures Licences, IReadOnlyList<LicenceIncome> LicenceIncome, StartUpFigures StartUps, AgreementFigures Agreements,
    IReadOnlyList<MoneyRaised> MoneyRaised, JobFigures Jobs, int CommercialProducts, TimeToFirstTransfer? TimeToFirstTransfer);

public sealed record LicenceFigures(int Signed, int Exclusive, int NonExclusive, int Options, int EarningRoyalties);

public sealed record LicenceIncome(string Currency, decimal Total, decimal RunningRoyalties, decimal OtherIncome);

public sealed record StartUpFigures(int Created, int Alive);

public sealed record AgreementFigures(int Partnership, int Consulting, int Service, int Standardisation);

/// <summary>Leverage = private ÷ public money.</summary>
public sealed record MoneyRaised(string Currency, int Rounds, decimal Raised, decimal PublicMoney, decimal PrivateMoney, decimal? Leverage);

public sealed record JobFigures(int HeadCount, int ResearchersAndEngineers, int StartUpsReporting);

public sealed record TimeToFirstTransfer(int Technologies, decimal MedianDays);

/// <summary>The AUTM licensing survey's questions for one year; <see cref="Notes"/> say how each is counted.</summary>
public sealed record AutmSurvey(
    int Year, string? Facility, DateTimeOffset ComputedAt, int LicensesExecuted, int OptionsExecuted, int ExclusiveLicenses, int NonExclusiveLicenses,
    IReadOnlyList<AutmLicenseIncome> LicenseIncome, int InventionDisclosuresReceived, int NewPatentApplicationsFiled, int PatentsIssued,
    int StartUpsFormed, int StartUpsStillOperating, int NewCommercialProducts, IReadOnlyList<string> Notes);

public sealed record AutmLicenseIncome(string Currency, decimal Total, decimal RunningRoyalties, decimal CashedInEquity, decimal Other);

/// <summary>A line of the office's portfolio (no confidential fields).</summary>
public sealed record TechnologySummary(
    Guid Id, string Title, string Facility, string Field, string Phase, DateTimeOffset DisclosedAt, bool Assessed, bool IpOwnershipAgreed,
    bool Marketed, int Transfers, bool Abandoned, long Version);

public sealed record TechnologyPage(IReadOnlyList<TechnologySummary> Items, int Page, int PageSize, long Total);
