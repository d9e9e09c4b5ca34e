using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Http;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.BuildingBlocks.Writes;
using TechTransfer.Incubation.Api.Funding;
using TechTransfer.Incubation.Api.Incubators;
using TechTransfer.Incubation.Api.Technologies;
using TechTransfer.Incubation.Api.Technologies.Remote;

namespace TechTransfer.Incubation.Api.StartUps;

public static class StartUpEndpoints
{
    public static void MapStartUps(this RouteGroupBuilder group)
    {
        group.MapPost("/", async Task<Created<Written>> (ProposeStartUp command, IQuerySession query, ISessionFactory sessions, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var proposer = await ProposerAsync(query, http.User, command.IncubatorId, ct);
                var id = Guid.CreateVersion7();
                var events = StartUpDecisions.Propose(id, command, proposer, http.User.Actor(), clock.GetUtcNow());
                return http.Created(await sessions.StartAsync<StartUp>(id, events, ct), $"/start-ups/{id}");
            })
            .WithName("ProposeStartUp")
            .RequireRoles(Roles.Staff, Roles.IncubatorManager)
            .WithSummary("Propose a spin-off start-up: name, founders, the technologies it is founded on, the facility's equity share (percent).")
            .ProducesCommandProblems();

        group.MapGet("/{id:guid}", async Task<Ok<StartUp>> (Guid id, IQuerySession session, HttpContext http, CancellationToken ct) =>
            {
                var startUp = (await session.LoadAsync<StartUp>(id, ct)).VisibleTo(http.User, id);
                http.Response.SetETag(startUp.Version);
                return TypedResults.Ok((await session.WithFundingAsync([startUp], ct))[0]);
            })
            .WithName("GetStartUp")
            .RequireRoles(Roles.Staff, Roles.IncubatorManager)
            .WithSummary("A start-up's profile: technologies, stays in incubators, milestones, jobs, labels, funding to date, outcome; its version as ETag.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:guid}/history", async Task<Ok<IReadOnlyList<TimelineEntry>>> (Guid id, IQuerySession session, HttpContext http, CancellationToken ct) =>
            {
                (await session.LoadAsync<StartUp>(id, ct)).VisibleTo(http.User, id);
                var events = await session.Events.FetchStreamAsync(id, token: ct);
                return TypedResults.Ok<IReadOnlyList<TimelineEntry>>([.. events.Select(e => new TimelineEntry(e.Version, StartUpViews.EventName(e.EventType),
                    (e.Data as IRecorded)?.By ?? e.UserName ?? "", (e.Data as IRecorded)?.At ?? e.Timestamp, e.Data))]);
            })
            .WithName("GetStartUpHistory")
            .RequireRoles(Roles.Staff, Roles.IncubatorManager)
            .WithSummary("A start-up's history: every event of its stream, oldest first, with who recorded it and when.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/", async Task<Ok<IReadOnlyList<StartUp>>> (StartUpStatus? status, Guid? incubatorId, Guid? cohortId, IQuerySession session, HttpContext http,
                CancellationToken ct) =>
            {
                // Status, incubator, cohort and the two owning organisations are duplicated, indexed columns.
                var query = session.Query<StartUp>().AsQueryable();
                if (http.User.OrganisationFilter() is { } own)
                    query = query.Where(s => s.ProposerOrganisationId == own || s.IncubatorOrganisationId == own);
                if (status is { } st) query = query.Where(s => s.Status == st);
                if (incubatorId is { } i) query = query.Where(s => s.IncubatorId == i);
                if (cohortId is { } c) query = query.Where(s => s.CohortId == c);
                return TypedResults.Ok(await session.WithFundingAsync(await query.OrderByDescending(s => s.ProposedAt).Take(500).ToListAsync(ct), ct));
            })
            .WithName("ListStartUps")
            .RequireRoles(Roles.Staff, Roles.IncubatorManager)
            .WithSummary("Start-ups, newest first (at most 500), by status, current incubator or cohort. A manager sees only their incubator's.");

        group.MapGet("/visible-to-investors", async Task<Ok<IReadOnlyList<InvestorVisibleStartUp>>> (IQuerySession session, TimeProvider clock, CancellationToken ct) =>
            {
                var today = StartUpDecisions.Today(clock.GetUtcNow());
                var key = LabelHolding.KeyOf(StartUpViews.InvestorVisibilityLabel);
                var ids = (await session.Query<LabelHolding>().Where(l => l.NameKey == key && l.AwardedOn <= today && l.ExpiresOn >= today)
                    .Select(l => l.StartUpId).Take(1000).ToListAsync(ct)).Distinct().ToArray();
                var startUps = ids.Length == 0 ? [] : await session.WithFundingAsync(await session.LoadManyAsync<StartUp>(ct, ids), ct);
                return TypedResults.Ok<IReadOnlyList<InvestorVisibleStartUp>>(
                    [.. startUps.Where(s => s.AliveOn(today)).OrderBy(s => s.Name).Select(s => StartUpViews.ForInvestors(s, today))]);
            })
            .WithName("ListInvestorVisibleStartUps")
            .RequireRoles(Roles.Staff, Roles.Financier)
            .WithSummary("Start-ups holding the \"Innovative Cluster Company\" label today, as private investors see them (read-only; no founders or equity).");

        group.MapPost("/{id:guid}/founding", async Task<Ok<Written>> (Guid id, FoundStartUp command, ISessionFactory sessions, IQuerySession query,
                TechnologyLookup technologies, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var startUp = (await query.LoadAsync<StartUp>(id, ct)).VisibleTo(http.User, id);
                var known = await technologies.FindAsync(startUp.TechnologyIds, ct);
                return http.Answer(await sessions.WriteAsync(http.Write<StartUp>(id, OnConflict.DecideAgain), s => StartUpDecisions.Found(s.VisibleTo(http.User, id), command, known, http.User.Actor(), clock.GetUtcNow()), ct));
            })
            .WithName("FoundStartUp")
            .RequireRoles(Roles.Staff, Roles.IncubatorManager)
            .WithSummary("Record the start-up's legal registration (number, date). Every technology's IP ownership must be agreed (Disclosures is asked about any not heard of yet). Takes If-Match.")
            .ProducesCommandProblems();

        group.MapPost("/{id:guid}/admission", async Task<Ok<Written>> (Guid id, AdmitStartUp command, ISessionFactory sessions, IQuerySession query, TimeProvider clock,
                HttpContext http, CancellationToken ct) =>
            {
                // A manager admits only into their own incubator: another one reads as unknown.
                var incubator = command.IncubatorId is { } i && await query.LoadAsync<Incubator>(i, ct) is { } found
                                && (http.User.IsStaffSide() || found.OrganisationId == http.User.OrganisationId())
                    ? found
                    : null;
                return http.Answer(await sessions.WriteAsync(http.Write<StartUp>(id, OnConflict.DecideAgain), s => StartUpDecisions.Admit(s.VisibleTo(http.User, id), command, incubator, http.User.Actor(), clock.GetUtcNow()), ct));
            })
            .WithName("AdmitStartUp")
            .RequireRoles(Roles.Staff, Roles.IncubatorManager)
            .WithSummary("Admit a founded, active start-up to an incubator and a cohort whose dates cover the admission; one incubator at a time. Takes If-Match.")
            .ProducesCommandProblems();

        MapCommand<LeaveIncubator>(group, "/{id:guid}/leaving", "LeaveIncubator", "The start-up leaves its incubator. Takes If-Match.",
            (s, c, by, now) => StartUpDecisions.Leave(s, c, by, now));

        group.MapPost("/{id:guid}/milestones", async Task<Ok<WrittenPart>> (Guid id, PlanMilestone command, ISessionFactory sessions, TimeProvider clock,
                HttpContext http, CancellationToken ct) =>
            {
                var milestoneId = Guid.CreateVersion7();
                var written = await sessions.WriteAsync(http.Write<StartUp>(id, OnConflict.DecideAgain), s => StartUpDecisions.PlanMilestone(s.VisibleTo(http.User, id), command, milestoneId, http.User.Actor(), clock.GetUtcNow()), ct);
                return http.Answer(written, w => new WrittenPart(w.Id, w.Version, milestoneId));
            })
            .WithName("PlanMilestone")
            .RequireRoles(Roles.Staff, Roles.IncubatorManager)
            .WithSummary("Plan a milestone with a due date: prototype built, first customer, product launched (titled with the product), first revenue, funding secured, or a titled free one. Takes If-Match.")
            .ProducesCommandProblems();

        group.MapPost("/{id:guid}/milestones/{milestoneId:guid}/achievement", async (Guid id, Guid milestoneId, AchieveMilestone command, ISessionFactory sessions,
                TimeProvider clock, HttpContext http, CancellationToken ct) =>
                http.Answer(await sessions.WriteAsync(http.Write<StartUp>(id, OnConflict.DecideAgain), s => StartUpDecisions.AchieveMilestone(s.VisibleTo(http.User, id), milestoneId, command, http.User.Actor(), clock.GetUtcNow()), ct)))
            .WithName("AchieveMilestone")
            .RequireRoles(Roles.Staff, Roles.IncubatorManager)
            .WithSummary("A planned milestone was achieved, with evidence. Achieving \"product launched\" also announces the product launch. Takes If-Match.")
            .ProducesCommandProblems();

        group.MapPost("/{id:guid}/milestones/{milestoneId:guid}/miss", async (Guid id, Guid milestoneId, MissMilestone command, ISessionFactory sessions,
                TimeProvider clock, HttpContext http, CancellationToken ct) =>
                http.Answer(await sessions.WriteAsync(http.Write<StartUp>(id, OnConflict.DecideAgain), s => StartUpDecisions.MissMilestone(s.VisibleTo(http.User, id), milestoneId, command, http.User.Actor(), clock.GetUtcNow()), ct)))
            .WithName("MissMilestone")
            .RequireRoles(Roles.Staff, Roles.IncubatorManager)
            .WithSummary("A planned milestone whose due date has passed was missed. Takes If-Match.")
            .ProducesCommandProblems();

        MapCommand<ReportJobs>(group, "/{id:guid}/jobs", "ReportJobs",
            "Report the head count as of a date, and of it researchers and engineers (the scoreboard's jobs). Takes If-Match.",
            (s, c, by, now) => StartUpDecisions.ReportJobs(s, c, by, now));

        group.MapPost("/{id:guid}/labels", async Task<Ok<WrittenPart>> (Guid id, AwardLabel command, ISessionFactory sessions, TimeProvider clock,
                HttpContext http, CancellationToken ct) =>
            {
                var labelId = Guid.CreateVersion7();
                var written = await sessions.WriteAsync(http.Write<StartUp>(id, OnConflict.DecideAgain), s => StartUpDecisions.AwardLabel(s.VisibleTo(http.User, id), command, labelId, http.User.Actor(), clock.GetUtcNow()), ct);
                return http.Answer(written, w => new WrittenPart(w.Id, w.Version, labelId));
            })
            .WithName("AwardLabel")
            .RequireRoles(Roles.Staff, Roles.IncubatorManager)
            .WithSummary("Award a label until an expiry date (\"Innovative Cluster Company\" makes the start-up visible to private investors). Takes If-Match.")
            .ProducesCommandProblems();

        MapCommand<Graduate>(group, "/{id:guid}/graduation", "GraduateStartUp", "The start-up graduated from its incubator (it must have been admitted). Takes If-Match.",
            (s, c, by, now) => StartUpDecisions.Graduate(s, c, by, now));
        MapCommand<Fail>(group, "/{id:guid}/failure", "FailStartUp", "The start-up failed (ceased trading), with the reason. Takes If-Match.",
            (s, c, by, now) => StartUpDecisions.Fail(s, c, by, now));
        MapCommand<Acquire>(group, "/{id:guid}/acquisition", "AcquireStartUp", "The start-up was acquired by another firm (it still operates). Takes If-Match.",
            (s, c, by, now) => StartUpDecisions.Acquire(s, c, by, now));
    }

    private static void MapCommand<TCommand>(RouteGroupBuilder group, string pattern, string name, string summary,
        Func<StartUp, TCommand, string, DateTimeOffset, IReadOnlyList<object>> decide) =>
        group.MapPost(pattern, async (Guid id, TCommand command, ISessionFactory sessions, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                http.Answer(await sessions.WriteAsync(http.Write<StartUp>(id, OnConflict.DecideAgain), s => decide(s.VisibleTo(http.User, id), command, http.User.Actor(), clock.GetUtcNow()), ct)))
            .WithName(name)
            .RequireRoles(Roles.Staff, Roles.IncubatorManager)
            .WithSummary(summary)
            .ProducesCommandProblems();

    /// <summary>A manager proposes for the incubator of their organisation; staff for the one they name, or none.</summary>
    private static async Task<Incubator?> ProposerAsync(IQuerySession session, ClaimsPrincipal caller, Guid? named, CancellationToken ct)
    {
        if (caller.IsStaffSide())
            return named is { } id ? await session.LoadAsync<Incubator>(id, ct) ?? throw new TechTransfer.BuildingBlocks.Domain.DomainRuleViolationException(
                "incubator-is-known", $"No incubator {id} is registered.") : null;
        var organisation = caller.OrganisationId();
        var own = organisation is { } org ? await session.Query<Incubator>().Where(i => i.OrganisationId == org).FirstOrDefaultAsync(ct) : null;
        if (own is null)
            throw new TechTransfer.BuildingBlocks.Domain.DomainRuleViolationException("manager-runs-an-incubator", "Your organisation runs no registered incubator.");
        if (named is { } n && n != own.Id) throw new NotFoundException("Incubator", n);
        return own;
    }
}
