namespace TechTransfer.Financing.Api.Rounds;

/// <summary>What the start-up raises with: equity, a start-up fund's money, a grant, a loan or a convertible note.</summary>
public enum Instrument { Equity, StartUpFund, Grant, Loan, Convertible }

public static class InstrumentNames
{
    /// <summary>The name on the wire (contract events): kebab case.</summary>
    public static string WireName(this Instrument instrument) => instrument switch
    {
        Instrument.StartUpFund => "start-up-fund",
        _ => instrument.ToString().ToLowerInvariant(),
    };
}
