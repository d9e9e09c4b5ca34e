namespace TechTransfer.Financing.Api.Rounds;

public enum RoundStatus { Open, Closed, Failed, Cancelled }
