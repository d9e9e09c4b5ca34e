using TechTransfer.Disclosures.Api.Technologies;
using TechTransfer.Disclosures.Api.Technologies.AgreeIpOwnership;
using TechTransfer.Disclosures.Api.Technologies.Assess;
using TechTransfer.Disclosures.Api.Technologies.Disclose;
using TechTransfer.Disclosures.Api.Technologies.RecordTransfer;

namespace TechTransfer.Disclosures.UnitTests;

/// <summary>Given: a technology's state folded from the events that built it, exactly as Marten does.</summary>
public static class Given
{
    public static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 3, 1);
    public static readonly Guid TechnologyId = Guid.Parse("0195a000-0000-7000-8000-000000000001");
    public const string Description = "A cryogenic quench detector reading magnet voltages at 1 MHz with FPGA-based logic.";
    public static readonly Inventor Ada = new(Guid.Parse("0195a000-0000-7000-8000-0000000000a1"), "Ada Lovelace", "CERN TE", "ada@cern.ch", 60m);
    public static readonly Inventor Bob = new(Guid.Parse("0195a000-0000-7000-8000-0000000000b2"), "Bob Noyce", "EPFL", "bob@epfl.ch", 40m);

    public static TechnologyDisclosed Disclosed => new(TechnologyId, "Quench detector", "CERN", Now.AddDays(-30), "TE-MPE", "Superconducting magnets",
        ["cryogenics", "fpga"], Description, [Ada, Bob], Today.AddYears(-1), [], "HL-LHC", "staff-1");

    public static TechnologyAssessed Assessed(AssessmentDecision decision = AssessmentDecision.Pursue, int trl = 4) =>
        new(decision, trl, "promising", "staff-1", Now.AddDays(-20));

    public static IpOwnershipAgreed OwnershipAgreed =>
        new([new Owner("CERN", OwnerKind.Facility, 70m), new Owner("EPFL", OwnerKind.University, 30m)], "KT-2026-001", "staff-1", Now.AddDays(-10));

    public static TransferRecorded TransferRecorded(TransferForm form = TransferForm.Licence, string source = Sources.Licensing) =>
        new(Guid.NewGuid(), form, "Cryo SARL", "licence L-1", Today.AddDays(-5), source, "licensing service", Now.AddDays(-5));

    public static Technology Technology(params object[] events) => TechTransfer.Disclosures.Api.Technologies.Technology.From([Disclosed, .. events])!;

    /// <summary>Ids 1, 2, 3… for a decision that makes them, so a test can name the ids it expects (<see cref="Id"/>).</summary>
    public static Func<Guid> Ids()
    {
        var next = 0;
        return () => Id(++next);
    }

    /// <summary>The <paramref name="n"/>-th id <see cref="Ids"/> makes.</summary>
    public static Guid Id(int n) => Guid.Parse($"00000000-0000-7000-8000-{n:D12}");
}
