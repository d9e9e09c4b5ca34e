using Refit;

namespace TechTransfer.Client.Financing;

/// <summary>
/// The Financing service's REST API: investors, rounds and commitments, panels and figures. A partner system
/// (bound to one investor) may read its investor, commit, withdraw and list its own commitments; the rest is for
/// staff and financiers. A refused call throws <see cref="ApiException"/> with the ProblemDetails. Writes take
/// If-Match (<see cref="ETags.For(long)"/>); without it, a commitment is retried by the service on the fresh
/// state, so concurrent commitments are never lost and never pass the cap.
/// </summary>
public interface IFinancingApi
{
    [Post("/investors")]
    Task<Written> RegisterInvestorAsync([Body] RegisterInvestor command, CancellationToken ct = default);

    [Get("/investors/{id}")]
    Task<IApiResponse<Investor>> GetInvestorAsync(Guid id, CancellationToken ct = default);

    /// <summary>Every investor, by name (at most 1000).</summary>
    [Get("/investors")]
    Task<IReadOnlyList<Investor>> ListInvestorsAsync(CancellationToken ct = default);

    [Get("/start-ups/{id}")]
    Task<KnownStartUp> GetStartUpAsync(Guid id, CancellationToken ct = default);

    [Post("/rounds")]
    Task<Written> OpenRoundAsync([Body] OpenRound command, CancellationToken ct = default);

    [Get("/rounds/{id}")]
    Task<IApiResponse<Round>> GetRoundAsync(Guid id, CancellationToken ct = default);

    /// <summary>Rounds, newest first (at most 500), by <see cref="RoundStatuses"/> and/or start-up.</summary>
    [Get("/rounds")]
    Task<IReadOnlyList<Round>> ListRoundsAsync(string? status = null, Guid? startUpId = null, CancellationToken ct = default);

    [Post("/rounds/{id}/commitments")]
    Task<Committed> CommitAsync(Guid id, [Body] Commit command, [Header("If-Match")] string? ifMatch = null, CancellationToken ct = default);

    [Post("/rounds/{id}/commitments/{commitmentId}/withdrawal")]
    Task<Written> WithdrawCommitmentAsync(Guid id, Guid commitmentId, [Body] WithdrawCommitment command, [Header("If-Match")] string? ifMatch = null, CancellationToken ct = default);

    [Post("/rounds/{id}/closing")]
    Task<Written> CloseRoundAsync(Guid id, [Body] CloseRound command, [Header("If-Match")] string? ifMatch = null, CancellationToken ct = default);

    [Post("/rounds/{id}/cancellation")]
    Task<Written> CancelRoundAsync(Guid id, [Body] CancelRound command, [Header("If-Match")] string? ifMatch = null, CancellationToken ct = default);

    /// <summary>Declares before its deadline that an open round failed: its minimum will not be met (409 when it is met: close it).</summary>
    [Post("/rounds/{id}/failure")]
    Task<Written> DeclareRoundFailedAsync(Guid id, [Body] DeclareRoundFailed command, [Header("If-Match")] string? ifMatch = null, CancellationToken ct = default);

    /// <summary>Commitments, newest first (at most 1000). A partner system gets only its own investor's, whatever it asks.</summary>
    [Get("/commitments")]
    Task<IReadOnlyList<CommitmentView>> ListCommitmentsAsync(Guid? investorId = null, Guid? roundId = null, CancellationToken ct = default);

    [Post("/panels")]
    Task<Written> FormPanelAsync([Body] FormPanel command, CancellationToken ct = default);

    [Get("/panels/{id}")]
    Task<IApiResponse<Panel>> GetPanelAsync(Guid id, CancellationToken ct = default);

    [Post("/panels/{id}/members")]
    Task<Written> AddPanelMemberAsync(Guid id, [Body] AddPanelMember command, [Header("If-Match")] string? ifMatch = null, CancellationToken ct = default);

    [Post("/panels/{id}/sessions")]
    Task<WrittenPart> HoldPanelSessionAsync(Guid id, [Body] HoldSession command, [Header("If-Match")] string? ifMatch = null, CancellationToken ct = default);

    [Post("/panels/{id}/sessions/{sessionId}/pitches")]
    Task<WrittenPart> RecordPitchAsync(Guid id, Guid sessionId, [Body] RecordPitch command, [Header("If-Match")] string? ifMatch = null, CancellationToken ct = default);

    [Get("/figures/years/{year}")]
    Task<YearFigures> GetYearFiguresAsync(int year, CancellationToken ct = default);

    [Get("/figures/start-ups/{startUpId}")]
    Task<StartUpFigures> GetStartUpFiguresAsync(Guid startUpId, CancellationToken ct = default);

    [Get("/figures/panels/{panelId}")]
    Task<PanelFigures> GetPanelFiguresAsync(Guid panelId, CancellationToken ct = default);
}
