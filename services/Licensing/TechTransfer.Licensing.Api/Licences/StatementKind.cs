namespace TechTransfer.Licensing.Api.Licences;

/// <summary>What a statement bills: an upfront fee and milestones are "other income"; royalties are running royalties (AUTM's split).</summary>
public enum StatementKind { UpfrontFee, Milestone, Royalties }
