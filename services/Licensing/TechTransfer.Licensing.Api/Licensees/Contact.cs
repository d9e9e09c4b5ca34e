using System.ComponentModel.DataAnnotations;

namespace TechTransfer.Licensing.Api.Licensees;

public sealed record Contact(
    [Required, StringLength(200, MinimumLength = 2)] string Name,
    [Required, EmailAddress, StringLength(320)] string Email,
    [StringLength(100)] string? Role = null,
    [StringLength(50)] string? Phone = null);
