using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CbssSimulator.Admin;

/// <summary>
/// The OpenAPI document marks every constructor parameter of a record required; a field that may be null or has a
/// default is optional in our API (<c>{"seed":42}</c> alone makes a sandbox), so it leaves the schema's required list
/// (docs/decisions.md, "One error shape; the OpenAPI document lists every route").
/// </summary>
internal sealed class OpenApiOptionalFields : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Required is not { Count: > 0 } required || schema.Properties is null)
        {
            return Task.CompletedTask;
        }

        foreach (var property in context.JsonTypeInfo.Properties)
        {
            if (property.IsRequired)
            {
                continue;
            }

            bool nullable = property.IsSetNullable || Nullable.GetUnderlyingType(property.PropertyType) is not null;
            bool hasDefault = property.AssociatedParameter is { HasDefaultValue: true };
            if (nullable || hasDefault)
            {
                required.Remove(property.Name);
            }
        }

        return Task.CompletedTask;
    }
}
