namespace TechTransfer.BuildingBlocks.Writes;

/// <summary>What a command does when another writer committed to one of its streams between its read and its commit.</summary>
public enum OnConflict
{
    /// <summary>
    /// The caller is told (409 Concurrent change): for edits whose author should look at what changed before
    /// deciding again (a technology's assessment, a panel's members).
    /// </summary>
    Refuse,

    /// <summary>
    /// The command is decided again on a fresh read, so its rules run on what is committed and no update is lost:
    /// for commands that many callers send at once against a shared limit (commitments against a cap, exclusive
    /// licences on one technology, payments against a ledger). A caller who sent If-Match still gets 412 when the
    /// stream it named moved.
    /// </summary>
    DecideAgain,
}
