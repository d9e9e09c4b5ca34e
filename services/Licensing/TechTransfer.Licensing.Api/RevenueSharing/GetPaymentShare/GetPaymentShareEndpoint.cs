using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.BuildingBlocks.Security;
using TechTransfer.Licensing.Api.RevenueSharing.Views;

namespace TechTransfer.Licensing.Api.RevenueSharing.GetPaymentShare;

public static class GetPaymentShareEndpoint
{
    public static void MapGetPaymentShare(this RouteGroupBuilder group) =>
        group.MapGet("/payments/{paymentId:guid}", async Task<Ok<PaymentShare>> (Guid paymentId, IQuerySession session, CancellationToken ct) =>
                TypedResults.Ok(await session.LoadAsync<PaymentShare>(paymentId, ct) ?? throw new NotFoundException("Payment", paymentId)))
            .WithName("GetPaymentShare")
            .RequireRoles(Roles.Staff)
            .WithSummary("How one payment was shared, line by line: each owner's part (what co-owners are owed), the policy and tier, patent costs recovered, each beneficiary's and each inventor's share.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
