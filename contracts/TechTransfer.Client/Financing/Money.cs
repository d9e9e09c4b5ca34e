namespace TechTransfer.Client.Financing;

/// <summary>An exact amount of one ISO 4217 currency. The service never rounds amounts nor converts currencies.</summary>
public sealed record Money(decimal Amount, string Currency);
