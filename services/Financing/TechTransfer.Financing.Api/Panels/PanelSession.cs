namespace TechTransfer.Financing.Api.Panels;

public sealed record PanelSession(Guid Id, DateOnly On, string? Venue);
