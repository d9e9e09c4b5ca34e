namespace TechTransfer.Incubation.Api.StartUps;

/// <summary>The standard milestones of an incubated start-up, and free ones (<see cref="Other"/>, titled by the planner).</summary>
public enum MilestoneKind { PrototypeBuilt, FirstCustomer, ProductLaunched, FirstRevenue, FundingSecured, Other }

public static class MilestoneKindNames
{
    /// <summary>The name on the wire (contract events): kebab case, e.g. <c>product-launched</c>.</summary>
    public static string WireName(this MilestoneKind kind) => kind switch
    {
        MilestoneKind.PrototypeBuilt => "prototype-built",
        MilestoneKind.FirstCustomer => "first-customer",
        MilestoneKind.ProductLaunched => "product-launched",
        MilestoneKind.FirstRevenue => "first-revenue",
        MilestoneKind.FundingSecured => "funding-secured",
        _ => "other",
    };

    /// <summary>The title a standard milestone gets when the planner gives none.</summary>
    public static string DefaultTitle(this MilestoneKind kind) => kind switch
    {
        MilestoneKind.PrototypeBuilt => "Prototype built",
        MilestoneKind.FirstCustomer => "First customer",
        MilestoneKind.ProductLaunched => "Product launched",
        MilestoneKind.FirstRevenue => "First revenue",
        MilestoneKind.FundingSecured => "Funding secured",
        _ => "",
    };
}
