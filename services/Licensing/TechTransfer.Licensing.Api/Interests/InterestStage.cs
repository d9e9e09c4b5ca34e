namespace TechTransfer.Licensing.Api.Interests;

/// <summary>The pipeline staff work an expression of interest through: new → contacted → negotiating → won or lost.</summary>
public enum InterestStage { New, Contacted, Negotiating, Won, Lost }
