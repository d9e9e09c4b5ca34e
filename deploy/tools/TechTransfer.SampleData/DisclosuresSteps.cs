using TechTransfer.Client;
using TechTransfer.Client.Disclosures;

namespace TechTransfer.SampleData;

/// <summary>Takes a sample technology through the transfer office's own steps, as staff would with the API.</summary>
public sealed class DisclosuresSteps(IDisclosuresApi staff, DateOnly today)
{
    private static readonly string[][] People =
    [
        ["Anna Keller", "Bruno Rossi"], ["Chloé Martin", "Dmitri Ivanov"], ["Eva Lindqvist", "Farid Haddad"], ["Grace O'Neill", "Hugo Dubois"],
        ["Ines Moreau", "Jonas Weber"], ["Katarzyna Nowak", "Luca Bianchi"],
    ];

    /// <summary>The technology's id when it is already there (by facility and exact title), else null.</summary>
    public async Task<Guid?> FindAsync(SampleTechnology sample, CancellationToken ct) =>
        (await staff.ListTechnologiesAsync(title: sample.Title, facility: sample.Facility, ct: ct)).Items is [var found, ..] ? found.Id : null;

    public async Task<Guid> TakeAsync(SampleTechnology sample, int index, CancellationToken ct)
    {
        var pair = People[index % People.Length];
        var domain = sample.Facility.ToLowerInvariant() + ".example.org";
        // A portfolio built over three years: the further a technology has gone, the longer ago its form was
        // received; each invention conceived a few months before its form, a first patent application two after.
        var receivedOn = today.AddMonths(-MonthsSinceReceipt(sample.Stage, index));
        var conceivedOn = receivedOn.AddMonths(-(2 + index % 4));
        var disclosed = await staff.DiscloseTechnologyAsync(new DiscloseTechnology(
            sample.Title, sample.Facility, sample.Lab, sample.Field,
            [
                new InventorInput(pair[0], sample.Facility, Email(pair[0], domain), 60m),
                new InventorInput(pair[1], "EPFL", Email(pair[1], "epfl.example.org"), 40m),
            ],
            $"CONFIDENTIAL. {sample.Summary} Design notes and measurements are in the lab book of {sample.Lab}.",
            conceivedOn, sample.Keywords, FundingProgramme: index % 3 == 0 ? "Horizon Europe" : null, ReceivedOn: receivedOn), ct);
        var id = disclosed.Id;

        if (sample.Stage == Stage.Disclosed) return id;
        if (sample.Stage == Stage.Declined)
        {
            await staff.AssessTechnologyAsync(id, new AssessTechnology(AssessmentDecisions.Decline, 2, "No application outside research."), ct: ct);
            return id;
        }
        await staff.AssessTechnologyAsync(id, new AssessTechnology(AssessmentDecisions.Pursue, 3 + index % 4, "Strong industrial interest."), ct: ct);
        if (sample.Stage == Stage.Abandoned)
        {
            await staff.AbandonTechnologyAsync(id, new AbandonTechnology("No licensee found after two years of marketing."), ct: ct);
            return id;
        }
        IReadOnlyList<OwnerInput> owners = index % 2 == 0
            ? [new(sample.Facility, OwnerKinds.Facility, 100m)]
            : [new(sample.Facility, OwnerKinds.Facility, 70m), new("EPFL", OwnerKinds.University, 30m)];
        await staff.AgreeIpOwnershipAsync(id, new AgreeIpOwnership(owners, $"KT-AGR-{sample.Facility}-{index + 1:000}"), ct: ct);
        if (sample.Stage == Stage.Assessed) return id;

        await staff.FilePatentApplicationAsync(id,
            new FilePatentApplication("EP", $"EP{receivedOn.Year % 100:00}{700000 + index:000000}", receivedOn.AddMonths(2)), ct: ct);
        if (sample.Granted)
        {
            var record = (await staff.GetTechnologyAsync(id, ct)).Ok();
            var application = record.PatentApplications.Single(a => a.Office == "EP");
            await staff.GrantPatentAsync(id, application.ApplicationId, new GrantPatent($"EP{4200000 + index}", today.AddDays(-5)), ct: ct);
        }
        if (sample.Stage == Stage.Patented) return id;

        await staff.PublishForMarketingAsync(id, new PublishForMarketing(sample.Title, sample.Summary, sample.Applications, sample.Keywords), ct: ct);
        if (sample.Stage == Stage.Marketed) return id;

        await staff.AdvancePhaseAsync(id, new AdvancePhase(Phases.Prototype, $"Prototype built with an industrial partner ({sample.Lab})."), ct: ct);
        if (sample.Agreement is { } form)
        {
            var (transferForm, counterpart) = form switch
            {
                "Standardisation" => (TransferForms.Standardisation, "IEC TC 45"),
                "Consulting" => (TransferForms.ConsultingAgreement, "Fusion Materials Ltd"),
                "Service" => (TransferForms.ServiceContract, "CryoVac GmbH"),
                _ => (TransferForms.PartnershipAgreement, "Hydrogen Valley Consortium"),
            };
            await staff.RecordTransferAsync(id, new RecordTransfer(transferForm, counterpart, $"{sample.Facility}-AGR-{index + 1:000}", today.AddDays(-20)), ct: ct);
        }
        return id;
    }

    /// <summary>
    /// Months since the form was received: before any patent filing, agreement, start-up (founded 10 months ago) or
    /// licence (running from 15 months and a few days ago, its first sales 20 days in), so each journey starts with it.
    /// </summary>
    private static int MonthsSinceReceipt(Stage stage, int index) => stage switch
    {
        Stage.Disclosed => 1 + index % 3,
        Stage.Declined or Stage.Assessed => 4 + index % 5,
        Stage.Patented or Stage.Marketed or Stage.Abandoned => 10 + index % 12,
        _ => 18 + index * 7 % 18,
    };

    private static string Email(string name, string domain) =>
        new string([.. name.ToLowerInvariant().Replace(' ', '.').Where(c => char.IsAsciiLetter(c) || c == '.')]) + "@" + domain;
}
