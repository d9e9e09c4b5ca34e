using MassTransit;

namespace TechTransfer.Contracts.Licensing;

/// <summary>
/// A licensee reported its first commercial sales of a product built on a technology: evidence for the
/// SME-product phase when the licensee is a small or mid-sized firm (<see cref="LicenseeSizeClass"/>, one of
/// <see cref="CompanySizeClass"/>).
/// </summary>
[MessageUrn(Urn)]
[EntityName(Exchange)]
public sealed record FirstCommercialSalesReported(
    Guid LicenceId,
    Guid TechnologyId,
    Guid LicenseeId,
    string LicenseeName,
    string LicenseeSizeClass,
    string Product,
    DateOnly FirstSoldOn,
    DateTimeOffset ReportedAt,
    string? By = null)
{
    public const string Urn = WireName.UrnPrefix + "licensing:first-commercial-sales-reported:v1";
    public const string Exchange = WireName.ExchangePrefix + "licensing.first-commercial-sales-reported.v1";
}

/// <summary>The EU size classes of a firm (Recommendation 2003/361): micro, small and medium are SMEs.</summary>
public static class CompanySizeClass
{
    public const string Micro = "micro";
    public const string Small = "small";
    public const string Medium = "medium";
    public const string Large = "large";

    public static bool IsSme(string sizeClass) => sizeClass is Micro or Small or Medium;
}
