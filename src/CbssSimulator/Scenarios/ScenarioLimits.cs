using System.ComponentModel.DataAnnotations;

namespace CbssSimulator.Scenarios;

/// <summary>
/// Bounds on the work a scenario text (YAML or JSON) may cost, checked while it is read — before any recursive step
/// (schema validation, binding) sees it (section <c>Scenarios</c>; docs/decisions.md, "Scenario limits").
/// </summary>
public sealed class ScenarioLimits
{
    /// <summary>Largest scenario text or file, in UTF-8 bytes. Default 1,000,000.</summary>
    [Range(1, 100_000_000, ErrorMessage = "Scenarios:MaxBytes must lie between {1} and {2} bytes.")]
    public int MaxBytes { get; set; } = 1_000_000;

    /// <summary>Deepest nesting of mappings/sequences (objects/arrays). Default 64.</summary>
    [Range(1, 1_000, ErrorMessage = "Scenarios:MaxDepth must lie between {1} and {2}.")]
    public int MaxDepth { get; set; } = 64;

    /// <summary>Most nodes (values, mappings, sequences) once every YAML alias is expanded. Default 100,000.</summary>
    [Range(1, 10_000_000, ErrorMessage = "Scenarios:MaxNodes must lie between {1} and {2}.")]
    public int MaxNodes { get; set; } = 100_000;
}

/// <summary>A scenario refused before it is read in full: a limit is passed or its form cannot be a scenario (a 400 in the admin API).</summary>
public sealed class ScenarioRefusedException(string file, int line, string reason)
    : ScenarioException([new ScenarioError(file, line, reason)])
{
    public string Reason { get; } = reason;
}
