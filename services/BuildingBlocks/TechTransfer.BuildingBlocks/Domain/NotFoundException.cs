namespace TechTransfer.BuildingBlocks.Domain;

/// <summary>The addressed resource does not exist (or the caller may not know it does): HTTP 404.</summary>
public sealed class NotFoundException(string what, object id) : Exception($"{what} '{id}' was not found.");
