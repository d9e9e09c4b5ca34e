namespace TechTransfer.Financing.Api.Investors;

/// <summary>Whose money an investor puts in: public money is what the leverage figures divide by.</summary>
public enum MoneySource { Public, Private }
