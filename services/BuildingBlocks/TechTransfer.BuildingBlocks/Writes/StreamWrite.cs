using System.ComponentModel;
using System.Reflection;

namespace TechTransfer.BuildingBlocks.Writes;

/// <summary>Which stream a command writes, the version its caller expects (If-Match; null when none was sent) and what a lost race does.</summary>
public sealed record StreamWrite<TAggregate>(Guid Id, long? IfMatch, OnConflict OnConflict) where TAggregate : class
{
    /// <summary>How often a command is decided again after losing a race (<see cref="OnConflict.DecideAgain"/>).</summary>
    public const int Attempts = 30;

    /// <summary>The aggregate's name in a 404: its <see cref="DisplayNameAttribute"/> ("Start-up"), else its type's name.</summary>
    public static string What { get; } = typeof(TAggregate).GetCustomAttribute<DisplayNameAttribute>()?.DisplayName ?? typeof(TAggregate).Name;
}
