using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CbssSimulator.Admin;

/// <summary>
/// Completes the OpenAPI document (docs/decisions.md, "One error shape; the OpenAPI document lists every route"): the per-sandbox admin routes, which the sandbox middleware
/// reaches by rewriting <c>/admin/sandboxes/{name}/clock|persons|cpas|services|sppis|events|notifications|cpas-online…</c> to the root routes, are listed
/// under their own paths; every admin operation lists the problem+json shape of its 4xx answers.
/// </summary>
public sealed class OpenApiSandboxPaths : IOpenApiDocumentTransformer
{
    private static readonly string[] PerSandbox = ["/admin/clock", "/admin/persons", "/admin/cpas", "/admin/services", "/admin/sppis", "/admin/events", "/admin/notifications", "/admin/cpas-online"];

    /// <summary>The statuses the admin routes answer besides 200: 201 for a sandbox made, 204 for a deletion, 404 for an unknown sandbox, 400 for a refused body.</summary>
    private static void Statuses(string path, HttpMethod method, OpenApiOperation operation, OpenApiDocument document)
    {
        if (!path.StartsWith("/admin/", StringComparison.Ordinal))
        {
            return;
        }

        var responses = operation.Responses!;
        if (method == HttpMethod.Put && path == "/admin/sandboxes/{name}" && responses.Remove("200", out var made))
        {
            made.Description = "The sandbox was made (from seed and size, or from a scenario).";
            responses["201"] = made;
        }
        else if (method == HttpMethod.Delete && responses.Remove("200"))
        {
            responses["204"] = new OpenApiResponse { Description = "Deleted." };
        }

        if (path.Contains("{name}", StringComparison.Ordinal))
        {
            responses.TryAdd("404", Problem("There is no sandbox of that name.", document));
        }

        if (operation.RequestBody is not null)
        {
            responses.TryAdd("400", Problem("The body was refused: what was wrong in 'detail' (scenario errors in 'errors').", document));
        }
    }

    private static OpenApiResponse Problem(string description, OpenApiDocument document) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference("ProblemDetails", document) },
        },
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Paths ??= [];
        foreach (var (path, item) in document.Paths.ToList())
        {
            foreach (var (method, operation) in item.Operations?.ToList() ?? [])
            {
                operation.Responses ??= [];
                Statuses(path, method, operation, document);
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
