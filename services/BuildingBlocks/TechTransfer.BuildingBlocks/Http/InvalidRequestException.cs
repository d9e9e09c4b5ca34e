namespace TechTransfer.BuildingBlocks.Http;

/// <summary>A request the API cannot read (a header or parameter in the wrong form): HTTP 400 naming the field.</summary>
public sealed class InvalidRequestException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
