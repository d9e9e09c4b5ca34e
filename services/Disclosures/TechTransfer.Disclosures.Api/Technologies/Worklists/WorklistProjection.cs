using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using TechTransfer.Disclosures.Api.Technologies.Abandon;
using TechTransfer.Disclosures.Api.Technologies.AdvancePhase;
using TechTransfer.Disclosures.Api.Technologies.Assess;
using TechTransfer.Disclosures.Api.Technologies.Disclose;
using TechTransfer.Disclosures.Api.Technologies.Patents;

namespace TechTransfer.Disclosures.Api.Technologies.Worklists;

/// <summary>
/// Staff worklists, inline: a row exists only while there is work to do, so a worklist query reads its own
/// small table by an indexed field and never the streams.
/// </summary>
public sealed partial class WorklistProjection : EventProjection
{
    public override ValueTask ApplyAsync(IDocumentOperations operations, IEvent e, CancellationToken cancellation)
    {
        var technologyId = e.StreamId;
        switch (e.Data)
        {
            case TechnologyDisclosed d:
                operations.Store(new AwaitingAssessment(technologyId, d.Title, d.Facility, d.Lab, d.By, d.DisclosedAt, d.Received));
                break;
            case TechnologyAssessed:
                operations.Delete<AwaitingAssessment>(technologyId);
                break;
            case PatentApplicationFiled f:
                foreach (var deadline in PatentDeadlines.Opened(technologyId, f)) operations.Store(deadline);
                foreach (var id in PatentDeadlines.Met(technologyId, f)) operations.Delete<PatentDeadline>(id);
                break;
            case PatentApplicationAbandoned a:
                operations.DeleteWhere<PatentDeadline>(d => d.ApplicationId == a.ApplicationId);
                break;
            case SmeProductEvidenceHeld h:
                operations.Store(new SmeEvidenceToReview(h.EvidenceId, technologyId, h.Evidence, h.Source, h.Reference, h.Rule, h.Why, h.At));
                break;
            case PhaseAdvanced { To: Phase.SmeProduct }:
                operations.DeleteWhere<SmeEvidenceToReview>(x => x.TechnologyId == technologyId);
                break;
            case TechnologyAbandoned:
                operations.Delete<AwaitingAssessment>(technologyId);
                operations.DeleteWhere<PatentDeadline>(d => d.TechnologyId == technologyId);
                operations.DeleteWhere<SmeEvidenceToReview>(x => x.TechnologyId == technologyId);
                break;
        }
        return ValueTask.CompletedTask;
    }
}
