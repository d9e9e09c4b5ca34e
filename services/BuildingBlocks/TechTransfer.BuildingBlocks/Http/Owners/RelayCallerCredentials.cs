using Microsoft.AspNetCore.Http;

namespace TechTransfer.BuildingBlocks.Http.Owners;

/// <summary>
/// Sends the owning service the caller's own credentials (bearer token or API key): the owner decides what this caller
/// may read, exactly as if it had asked itself; no service holds a standing credential of its own.
/// </summary>
public sealed class RelayCallerCredentials(IHttpContextAccessor accessor) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = accessor.HttpContext?.Request.Headers;
        if (headers is not null)
        {
            if (headers.Authorization.ToString() is { Length: > 0 } authorization)
                request.Headers.TryAddWithoutValidation("Authorization", authorization);
            else if (headers["X-Api-Key"].ToString() is { Length: > 0 } key)
                request.Headers.TryAddWithoutValidation("X-Api-Key", key);
        }
        return base.SendAsync(request, cancellationToken);
    }
}
