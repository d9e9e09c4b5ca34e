using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace TechTransfer.BuildingBlocks.Security;

/// <summary>Puts who may call each operation into the OpenAPI document, and the bearer scheme that proves it.</summary>
public static class OpenApiAccess
{
    public static void DescribeAccess(this OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes["bearer"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A JWT from your identity provider (or deploy/token.sh locally), with a role claim.",
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var allowed = context.Description.ActionDescriptor.EndpointMetadata.OfType<AllowedRoles>().LastOrDefault();
            if (allowed is null) return Task.CompletedTask;
            var who = $"Who may call: {string.Join(", ", allowed.Roles)}.";
            operation.Description = string.IsNullOrEmpty(operation.Description) ? who : $"{operation.Description}\n\n{who}";
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", context.Document)] = [] }];
            return Task.CompletedTask;
        });
    }
}
