using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CbssSimulator.Admin;

/// <summary>
/// Completes the OpenAPI document (docs/decisions.md §V6): the per-sandbox admin routes, which the sandbox middleware
/// reaches by rewriting <c>/admin/sandboxes/{name}/clock|persons|cpas|services|sppis…</c> to the root routes, are listed
/// under their own paths; every admin operation lists the problem+json shape of its 4xx answers.
/// </summary>
public sealed class OpenApiSandboxPaths : IOpenApiDocumentTransformer
{
    private static readonly string[] PerSandbox = ["/admin/clock", "/admin/persons", "/admin/cpas", "/admin/services", "/admin/sppis"];

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Paths ??= [];
        foreach (var (path, item) in document.Paths.ToList())
        {
            foreach (var operation in item.Operations?.Values.ToList() ?? [])
            {
                operation.Responses ??= [];
                if (path.StartsWith("/admin/", StringComparison.Ordinal) && !operation.Responses.ContainsKey("4XX"))
                {
                    operation.Responses["4XX"] = new OpenApiResponse
                    {
                        Description = "The request was refused: problem+json (RFC 9457) with the reason in 'detail'.",
                        Content = new Dictionary<string, OpenApiMediaType>
                        {
                            ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference("ProblemDetails", document) },
                        },
                    };
                }
            }

            if (!PerSandbox.Any(p => path == p || path.StartsWith(p + "/", StringComparison.Ordinal)) || item is not OpenApiPathItem pathItem)
            {
                continue;
            }

            var copy = new OpenApiPathItem
            {
                Summary = pathItem.Summary,
                Description = $"As {path}, for the sandbox named 'name' ('default' is the root one).",
                Operations = pathItem.Operations,
                Parameters = [.. pathItem.Parameters ?? [], new OpenApiParameter
                {
                    Name = "name",
                    In = ParameterLocation.Path,
                    Required = true,
                    Description = "The sandbox's name.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                }],
            };
            document.Paths["/admin/sandboxes/{name}" + path["/admin".Length..]] = copy;
        }

        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas.TryAdd("ProblemDetails", new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "RFC 9457 problem details: every 4xx of the admin API has this shape.",
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer },
                ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["errors"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String }, Description = "Scenario errors, file:line: reason." },
            },
        });
        return Task.CompletedTask;
    }
}
