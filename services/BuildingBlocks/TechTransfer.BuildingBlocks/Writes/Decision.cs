namespace TechTransfer.BuildingBlocks.Writes;

/// <summary>
/// What a pure decision returns: the events for the command's stream, what the caller is answered with (an id it
/// made, an amount it computed), and events for other streams written in the same transaction, each fetched for
/// writing by the write's load step (<see cref="StreamReads.ForWritingAsync{T}"/>).
/// </summary>
public sealed record Decision<TResult>(IReadOnlyList<object> Events, TResult Result)
{
    public IReadOnlyList<StreamAppend> Alongside { get; init; } = [];
}

/// <summary>Events for another stream of the same transaction.</summary>
public sealed record StreamAppend(Guid StreamId, IReadOnlyList<object> Events);

/// <summary>The result of a decision that answers with nothing but the new version.</summary>
public sealed record NoResult
{
    public static readonly NoResult Value = new();
}

public static class Decision
{
    /// <summary>Events that answer with nothing but the new version.</summary>
    public static Decision<NoResult> Of(IReadOnlyList<object> events) => new(events, NoResult.Value);

    public static Decision<TResult> Of<TResult>(IReadOnlyList<object> events, TResult result) => new(events, result);
}
