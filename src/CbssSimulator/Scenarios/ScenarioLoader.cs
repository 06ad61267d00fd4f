using System.Reflection;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace CbssSimulator.Scenarios;

/// <summary>A problem in a scenario file: where and why.</summary>
public sealed record ScenarioError(string File, int Line, string Reason)
{
    public override string ToString() => $"{File}:{Line}: {Reason}";
}

/// <summary>A scenario that cannot be loaded, with every problem found.</summary>
public class ScenarioException(IReadOnlyList<ScenarioError> errors)
    : Exception(string.Join(Environment.NewLine, errors.Select(e => e.ToString())))
{
    public IReadOnlyList<ScenarioError> Errors { get; } = errors;
}

/// <summary>
/// Reads a scenario (YAML, or JSON when the file ends in .json), checks it against the published JSON Schema and
/// then against the domain rules (SSIN checksums, dates, references), and reports every error with file, line and
/// reason — never a silent skip.
/// </summary>
public static class ScenarioLoader
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("scenario.schema.json")!;
        using var reader = new StreamReader(stream);
        return JsonSchema.FromJsonAsync(reader.ReadToEnd()).GetAwaiter().GetResult();
    });

    public static ScenarioFile Load(string path) => Load(path, new ScenarioLimits());

    /// <summary>A scenario file, read up to <see cref="ScenarioLimits.MaxBytes"/> + 1 bytes (a larger one is refused).</summary>
    public static ScenarioFile Load(string path, ScenarioLimits limits)
    {
        if (!File.Exists(path))
        {
            throw new ScenarioException([new ScenarioError(path, 0, "The file does not exist.")]);
        }

        return Parse(ReadBounded(path, path, limits), path, limits);
    }

    /// <summary>At most <see cref="ScenarioLimits.MaxBytes"/> bytes of a file as UTF-8 text; more is refused without reading on.</summary>
    internal static string ReadBounded(string path, string shownAs, ScenarioLimits limits)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.None);
        var buffer = new byte[Math.Min(limits.MaxBytes + 1L, 1L << 20)];
        using var kept = new MemoryStream();
        int read;
        while ((read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, limits.MaxBytes + 1L - kept.Length))) > 0)
        {
            kept.Write(buffer, 0, read);
            if (kept.Length > limits.MaxBytes)
            {
                throw new ScenarioRefusedException(shownAs, 0, $"The scenario is larger than {limits.MaxBytes} bytes (Scenarios:MaxBytes).");
            }
        }

        kept.Position = 0;
        using var reader = new StreamReader(kept, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    public static ScenarioFile Parse(string text, string file) => Parse(text, file, new ScenarioLimits());

    public static ScenarioFile Parse(string text, string file, ScenarioLimits limits)
    {
        ScenarioText.CheckSize(text, file, limits);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        JToken root;
        try
        {
            root = file.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                ? ScenarioText.FromJson(text, file, limits, lines)
                : ScenarioText.FromYaml(text, file, limits, lines);
        }
        catch (Exception e) when (e is YamlDotNet.Core.YamlException or Newtonsoft.Json.JsonException)
        {
            int line = e is YamlDotNet.Core.YamlException y ? (int)y.Start.Line : (e as Newtonsoft.Json.JsonReaderException)?.LineNumber ?? 0;
            throw new ScenarioException([new ScenarioError(file, line, "Not well-formed: " + e.Message)]);
        }

        var errors = Leaves(Schema.Value.Validate(root))
            .Select(e => new ScenarioError(file, LineOf(lines, e.Path), $"{Describe(e.Kind)} at {Clean(e.Path)}{Hint(e)}"))
            .OrderBy(e => e.Line).ToList();
        if (errors.Count > 0)
        {
            throw new ScenarioException([.. errors.Concat(DomainErrorsDespiteSchema(root, lines, file).Where(d => errors.All(e => e.Line != d.Line))).OrderBy(e => e.Line)]);
        }

        var scenario = root.ToObject<ScenarioFile>()!;
        var problems = ScenarioChecks.Check(scenario, path => LineOf(lines, path), file);
        if (problems.Count > 0)
        {
            throw new ScenarioException(problems);
        }

        return scenario;
    }

    /// <summary>
    /// The domain errors of a file that also breaks the schema, so all its errors are reported at once (docs/decisions.md
    /// §V7); none when the file cannot be read as a scenario at all.
    /// </summary>
    private static IEnumerable<ScenarioError> DomainErrorsDespiteSchema(JToken root, IReadOnlyDictionary<string, int> lines, string file)
    {
        try
        {
            return root.ToObject<ScenarioFile>() is { } scenario ? ScenarioChecks.Check(scenario, path => LineOf(lines, path), file) : [];
        }
        catch (Exception e) when (e is Newtonsoft.Json.JsonException or ArgumentException or NullReferenceException or FormatException or InvalidCastException)
        {
            return []; // the checks assume a schema-valid file: where they cannot run, the schema errors are the report
        }
    }

    /// <summary>The line of a JSON path, or of its nearest parent that has one ("persons[0].ssin" → "persons[0]").</summary>
    internal static int LineOf(IReadOnlyDictionary<string, int> lines, string? path)
    {
        var key = Clean(path);
        while (true)
        {
            if (lines.TryGetValue(key, out int line))
            {
                return line;
            }

            int cut = Math.Max(key.LastIndexOf('.'), key.LastIndexOf('['));
            if (cut <= 0)
            {
                return lines.GetValueOrDefault("", 1);
            }

            key = key[..cut];
        }
    }

    /// <summary>NJsonSchema nests the errors of an array item or a sub-object: report the leaves, where the problem is.</summary>
    private static IEnumerable<ValidationError> Leaves(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(e => e is ChildSchemaValidationError child && child.Errors.Count > 0
            ? Leaves(child.Errors.SelectMany(kv => kv.Value))
            : [e]);

    private static string Clean(string? path) => (path ?? "").TrimStart('#').TrimStart('/');

    /// <summary>What to write instead (docs/decisions.md, "Scenario schema messages say what to write"): the close property name and the allowed ones, the allowed values, the form.</summary>
    private static string Hint(ValidationError e)
    {
        var schema = e.Schema?.ActualSchema;
        switch (e.Kind)
        {
            case ValidationErrorKind.NoAdditionalPropertiesAllowed when schema is not null && e.Property is { } property:
                var known = schema.ActualProperties.Keys.ToList();
                return $": '{property}'{Catalogue.CatalogueNames.DidYouMean(property, known)}; allowed here: {string.Join(", ", known)}";
            case ValidationErrorKind.PropertyRequired when e.Property is { } missing:
                return $": '{missing}'";
            case ValidationErrorKind.NotInEnumeration when schema is not null && schema.Enumeration.Count > 0:
                return $"; allowed: {string.Join(", ", schema.Enumeration)}";
            case ValidationErrorKind.PatternMismatch when schema?.Pattern is { } pattern:
                return pattern.Contains(@"\d{4}-\d{2}-\d{2}", StringComparison.Ordinal) ? "; write a date yyyy-MM-dd" : $"; expected form: {pattern}";
            default:
                return "";
        }
    }

    private static string Describe(ValidationErrorKind kind) => kind switch
    {
        ValidationErrorKind.PropertyRequired => "a required property is missing",
        ValidationErrorKind.NoAdditionalPropertiesAllowed => "this property is not part of a scenario",
        ValidationErrorKind.NotInEnumeration => "the value is not one of the allowed values",
        ValidationErrorKind.PatternMismatch => "the value does not have the expected form",
        _ => "invalid value (" + kind + ")",
    };
}
