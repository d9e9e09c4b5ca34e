namespace TechTransfer.Contracts;

/// <summary>
/// The stable name of a contract event on the wire, independent of its C# namespace and type name.
/// Every contract carries <c>[MessageUrn(Urn)]</c> (what MassTransit matches a consumer on; it prepends
/// <c>urn:message:</c>) and <c>[EntityName(Exchange)]</c> (the RabbitMQ exchange it is published to), both built
/// from one constant of this class. See WIRE-NAMES.md for the rules; a test holds them.
/// </summary>
public static class WireName
{
    /// <summary>Prefix of every message URN after MassTransit's own <c>urn:message:</c>.</summary>
    public const string UrnPrefix = "techtransfer:";

    /// <summary>Prefix of every exchange name: <c>techtransfer.</c>.</summary>
    public const string ExchangePrefix = "techtransfer.";
}
