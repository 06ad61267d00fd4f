using System.Globalization;
using System.Text;
using Newtonsoft.Json.Linq;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CbssSimulator.Scenarios;

/// <summary>
/// Turns a scenario's YAML or JSON text into a JSON tree with bounded work: the size is checked first, then the text is
/// read as a stream of events (no recursion) while the depth, the YAML alias expansions (cycles refused, the expanded
/// node count bounded) and the form of the mapping keys (plain values only) are checked (docs/decisions.md, "Scenario limits").
/// </summary>
internal static class ScenarioText
{
    public static void CheckSize(string text, string file, ScenarioLimits limits)
    {
        if (text.Length > limits.MaxBytes && Encoding.UTF8.GetByteCount(text) > limits.MaxBytes)
        {
            throw new ScenarioRefusedException(file, 0,
                $"The scenario is larger than {limits.MaxBytes} bytes (Scenarios:MaxBytes).");
        }
    }

    /// <summary>A linear scan of the JSON brackets (outside strings) before the text is parsed.</summary>
    public static JToken FromJson(string text, string file, ScenarioLimits limits, Dictionary<string, int> lines)
    {
        int depth = 0, line = 1;
        bool inString = false, escaped = false;
        foreach (char c in text)
        {
            if (c == '\n')
            {
                line++;
            }

            if (inString)
            {
                escaped = !escaped && c == '\\';
                inString = escaped || c != '"';
                continue;
            }

            switch (c)
            {
                case '"':
                    inString = true;
                    break;
                case '[' or '{' when ++depth > limits.MaxDepth:
                    throw TooDeep(file, line, limits);
                case ']' or '}':
                    depth--;
                    break;
            }
        }

        using var reader = new Newtonsoft.Json.JsonTextReader(new StringReader(text)) { MaxDepth = limits.MaxDepth + 1 };
        var root = JToken.ReadFrom(reader, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load });
        foreach (var token in (root as JContainer)?.DescendantsAndSelf() ?? [root])
        {
            if (token is Newtonsoft.Json.IJsonLineInfo info && info.HasLineInfo() && token is not JProperty)
            {
                lines.TryAdd(token.Path, info.LineNumber);
            }
        }

        return root;
    }

    private sealed class Frame(JContainer container, string path, string? anchor, long nodesAtStart)
    {
        public JContainer Container { get; } = container;
        public string Path { get; } = path;
        public string? Anchor { get; } = anchor;
        public long NodesAtStart { get; } = nodesAtStart;
        public string? Key { get; set; }
        public int Index { get; set; }
    }

    /// <summary>The first YAML document, read event by event.</summary>
    public static JToken FromYaml(string text, string file, ScenarioLimits limits, Dictionary<string, int> lines)
    {
        var parser = new Parser(new StringReader(text));
        var stack = new Stack<Frame>();
        var anchors = new Dictionary<string, (JToken Token, long Nodes)>(StringComparer.Ordinal);
        var open = new HashSet<string>(StringComparer.Ordinal);
        long nodes = 0;
        JToken? root = null;
        bool inDocument = false;

        while (parser.MoveNext())
        {
            var e = parser.Current!;
            int line = (int)e.Start.Line;
            switch (e)
            {
                case StreamStart or StreamEnd:
                    continue;
                case DocumentStart:
                    inDocument = true;
                    continue;
                case DocumentEnd:
                    return root ?? new JObject();
                case MappingEnd or SequenceEnd:
                {
                    var done = stack.Pop();
                    if (done.Anchor is not null)
                    {
                        open.Remove(done.Anchor);
                        anchors[done.Anchor] = (done.Container, nodes - done.NodesAtStart);
                    }

                    continue;
                }
            }

            if (!inDocument)
            {
                continue;
            }

            // A key of the mapping being read: a plain value only.
            if (stack.TryPeek(out var parent) && parent.Container is JObject && parent.Key is null)
            {
                if (e is not Scalar key)
                {
                    throw new ScenarioRefusedException(file, line,
                        "A mapping key must be a plain value (text), not a sequence, a mapping or an alias.");
                }

                if (((JObject)parent.Container).ContainsKey(key.Value))
                {
                    throw new ScenarioException([new ScenarioError(file, line, $"Not well-formed: the key '{key.Value}' is given twice.")]);
                }

                parent.Key = key.Value;
                lines.TryAdd(Child(parent.Path, key.Value), line);
                continue;
            }

            string path = parent is null ? "" : parent.Container is JObject ? Child(parent.Path, parent.Key!) : $"{parent.Path}[{parent.Index}]";
            lines.TryAdd(path, line);
            if (++nodes > limits.MaxNodes)
            {
                throw TooMany(file, line, limits);
            }

            JToken value;
            switch (e)
            {
                case AnchorAlias alias:
                {
                    string name = alias.Value.Value;
                    if (open.Contains(name))
                    {
                        throw new ScenarioRefusedException(file, line, $"The alias *{name} refers to a node that contains it (an alias cycle).");
                    }

                    if (!anchors.TryGetValue(name, out var target))
                    {
                        throw new ScenarioException([new ScenarioError(file, line, $"Not well-formed: the alias *{name} has no anchor &{name} before it.")]);
                    }

                    nodes += target.Nodes - 1;
                    if (nodes > limits.MaxNodes)
                    {
                        throw TooMany(file, line, limits);
                    }

                    value = target.Token.DeepClone();
                    break;
                }

                case Scalar scalar:
                    value = FromScalar(scalar);
                    if (!scalar.Anchor.IsEmpty)
                    {
                        anchors[scalar.Anchor.Value] = (value, 1);
                    }

                    break;
                case MappingStart or SequenceStart:
                {
                    if (stack.Count + 1 > limits.MaxDepth)
                    {
                        throw TooDeep(file, line, limits);
                    }

                    var anchor = ((NodeEvent)e).Anchor;
                    JContainer container = e is MappingStart ? new JObject() : new JArray();
                    var frame = new Frame(container, path, anchor.IsEmpty ? null : anchor.Value, nodes - 1);
                    if (frame.Anchor is not null)
                    {
                        open.Add(frame.Anchor);
                    }

                    Attach(parent, container);
                    root ??= container;
                    stack.Push(frame);
                    continue;
                }

                default:
                    continue;
            }

            Attach(parent, value);
            root ??= value;
        }

        return root ?? new JObject();
    }

    private static void Attach(Frame? parent, JToken value)
    {
        if (parent is null)
        {
            return;
        }

        if (parent.Container is JObject obj)
        {
            obj[parent.Key!] = value;
            parent.Key = null;
        }
        else
        {
            ((JArray)parent.Container).Add(value);
            parent.Index++;
        }
    }

    private static string Child(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    private static ScenarioRefusedException TooDeep(string file, int line, ScenarioLimits limits) =>
        new(file, line, $"The scenario nests deeper than {limits.MaxDepth} levels (Scenarios:MaxDepth).");

    private static ScenarioRefusedException TooMany(string file, int line, ScenarioLimits limits) =>
        new(file, line, $"The scenario has more than {limits.MaxNodes} nodes once its aliases are expanded (Scenarios:MaxNodes).");

    private static JToken FromScalar(Scalar scalar)
    {
        var value = scalar.Value;
        if (scalar.Style != ScalarStyle.Plain)
        {
            return new JValue(value);
        }

        if (value is "~" or "null" or "")
        {
            return JValue.CreateNull();
        }

        if (value is "true" or "false")
        {
            return new JValue(value == "true");
        }

        // 001 (a quality code), 0212344876 (a KBO) and 85073003328 (an SSIN) stay text, as they are written.
        if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long l)
            && !(value.Length > 1 && value.StartsWith('0')) && value.Length < 9)
        {
            return new JValue(l);
        }

        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) && value.Contains('.')
            ? new JValue(d) : new JValue(value);
    }
}
