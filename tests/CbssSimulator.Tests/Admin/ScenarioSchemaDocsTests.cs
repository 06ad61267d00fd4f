using System.Text.Json;
using Xunit;

namespace CbssSimulator.Tests.Admin;

/// <summary>Every field the scenario schema accepts says what it is for, so an editor's hover documents the file.</summary>
public class ScenarioSchemaDocsTests
{
    [Fact]
    public void EveryProperty_HasADescription()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(ScenarioTests.Folder, "scenario.schema.json")));
        var definitions = schema.RootElement.GetProperty("definitions");
        var missing = new List<string>();
        Walk(schema.RootElement, "", definitions, missing);
        Assert.True(missing.Count == 0, "fields without a description: " + string.Join(", ", missing));
    }

    private static void Walk(JsonElement node, string path, JsonElement definitions, List<string> missing)
    {
        if (node.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (node.TryGetProperty("properties", out var properties))
        {
            foreach (var p in properties.EnumerateObject())
            {
                if (!p.Value.TryGetProperty("description", out _) && !ReferencesADescribedDefinition(p.Value, definitions))
                {
                    missing.Add(path + "/" + p.Name);
                }

                Walk(p.Value, path + "/" + p.Name, definitions, missing);
            }
        }

        foreach (var key in new[] { "items", "additionalProperties" })
        {
            if (node.TryGetProperty(key, out var child))
            {
                Walk(child, path + "[]", definitions, missing);
            }
        }

        foreach (var key in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (node.TryGetProperty(key, out var list))
            {
                foreach (var child in list.EnumerateArray())
                {
                    Walk(child, path, definitions, missing);
                }
            }
        }
    }

    private static bool ReferencesADescribedDefinition(JsonElement property, JsonElement definitions) =>
        property.TryGetProperty("$ref", out var reference)
        && reference.GetString() is { } r && r.StartsWith("#/definitions/", StringComparison.Ordinal)
        && definitions.TryGetProperty(r["#/definitions/".Length..], out var definition)
        && definition.TryGetProperty("description", out _);
}
