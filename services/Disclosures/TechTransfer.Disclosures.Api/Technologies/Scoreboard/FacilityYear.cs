namespace TechTransfer.Disclosures.Api.Technologies.Scoreboard;

/// <summary>
/// One facility's scoreboard for one year (the figures transfer offices report, CERN's 2002 report being the model).
/// Money is never summed across currencies: each figure is given per currency.
/// </summary>
public sealed record FacilityYear(
    string Facility,
    int Year,
    int Disclosures,
    int PatentApplications,
    int PatentGrants,
    int Transfers,
    IReadOnlyDictionary<string, int> TransfersByForm,
    LicenceFigures Licences,
    IReadOnlyList<LicenceIncome> LicenceIncome,
    StartUpFigures StartUps,
    AgreementFigures Agreements,
    IReadOnlyList<MoneyRaised> MoneyRaised,
    JobFigures Jobs,
    int CommercialProducts,
    TimeToFirstTransfer? TimeToFirstTransfer);

/// <summary>Licences signed in the year by kind, and those that brought running royalties in the year.</summary>
public sealed record LicenceFigures(int Signed, int Exclusive, int NonExclusive, int Options, int EarningRoyalties);

/// <summary>Income received in the year: running royalties (sales, minimum top-ups, sublicences) and other (fees, milestones).</summary>
public sealed record LicenceIncome(string Currency, decimal Total, decimal RunningRoyalties, decimal OtherIncome);

/// <summary>Start-ups founded in the year, and those founded up to its end that had not failed by then (acquired ones still operate).</summary>
public sealed record StartUpFigures(int Created, int Alive);

/// <summary>Agreements recorded as transfers in the year, by form.</summary>
public sealed record AgreementFigures(int Partnership, int Consulting, int Service, int Standardisation);

/// <summary>Rounds closed in the year by start-ups founded here. Leverage = private ÷ public money (2 places, half away from zero).</summary>
public sealed record MoneyRaised(string Currency, int Rounds, decimal Raised, decimal PublicMoney, decimal PrivateMoney, decimal? Leverage);

/// <summary>At the end of the year: the latest head count of each start-up still alive then, summed.</summary>
public sealed record JobFigures(int HeadCount, int ResearchersAndEngineers, int StartUpsReporting);

/// <summary>Technologies whose first transfer (any form) fell in the year, and the median days from their disclosure to it.</summary>
public sealed record TimeToFirstTransfer(int Technologies, decimal MedianDays);

/// <summary>
/// The scoreboard for one year. <see cref="Freshness"/> says how up to date each source is: Disclosures' own counts
/// are written with the events (always current); the other services' figures are as of the latest report received.
/// </summary>
public sealed record Scoreboard(int Year, DateTimeOffset ComputedAt, IReadOnlyList<SourceFreshness> Freshness, IReadOnlyList<FacilityYear> Facilities);

public sealed record SourceFreshness(string Source, string Basis, DateTimeOffset? LatestReportReceivedAt);
