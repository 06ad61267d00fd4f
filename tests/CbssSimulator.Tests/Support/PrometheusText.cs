using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CbssSimulator.Tests.Support;

/// <summary>One sample of a scrape: its name, labels and value.</summary>
public sealed record PrometheusSample(string Name, IReadOnlyDictionary<string, string> Labels, double Value);

/// <summary>
/// A strict parser of the Prometheus text exposition format 0.0.4 (prometheus-net has none): <c># HELP</c> and
/// <c># TYPE</c> at most once per family and before its samples, every sample of a typed family, families contiguous,
/// metric and label names by the grammar, label values with only the <c>\\ \" \n</c> escapes, Go floats (+Inf, -Inf,
/// NaN), no series twice; histograms with <c>le</c> buckets non-decreasing and ending in +Inf equal to <c>_count</c>.
/// Anything else throws <see cref="FormatException"/> naming the line.
/// </summary>
public sealed partial class PrometheusText
{
    private readonly Dictionary<string, string> types = new(StringComparer.Ordinal);
    private readonly List<PrometheusSample> samples = [];

    private PrometheusText()
    {
    }

    public IReadOnlyDictionary<string, string> Types => types;

    public IReadOnlyList<PrometheusSample> Samples => samples;

    /// <summary>The value of the one sample of <paramref name="name"/> whose labels are exactly <paramref name="labels"/>; null when there is none.</summary>
    public double? Value(string name, params (string Name, string Value)[] labels) =>
        samples.SingleOrDefault(s => s.Name == name && s.Labels.Count == labels.Length && labels.All(l => s.Labels.TryGetValue(l.Name, out var v) && v == l.Value))?.Value;

    /// <summary>The sum of the samples of <paramref name="name"/> whose labels include <paramref name="labels"/>.</summary>
    public double Sum(string name, params (string Name, string Value)[] labels) =>
        samples.Where(s => s.Name == name && labels.All(l => s.Labels.TryGetValue(l.Name, out var v) && v == l.Value)).Sum(s => s.Value);

    public static PrometheusText Parse(string text)
    {
        var result = new PrometheusText();
        var help = new HashSet<string>(StringComparer.Ordinal);
        var closed = new HashSet<string>(StringComparer.Ordinal);
        var series = new HashSet<string>(StringComparer.Ordinal);
        string? current = null;
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            string where = $"line {i + 1} '{(line.Length > 80 ? line[..80] + "…" : line)}'";
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith('#'))
            {
                var m = Comment().Match(line);
                if (!m.Success)
                {
                    continue; // a plain comment
                }

                string family = m.Groups["name"].Value;
                if (closed.Contains(family) || (current != family && result.types.ContainsKey(family)))
                {
                    throw new FormatException($"{where}: family {family} is described after its samples, or twice.");
                }

                if (m.Groups["kind"].Value == "HELP")
                {
                    if (!help.Add(family))
                    {
                        throw new FormatException($"{where}: a second HELP for {family}.");
                    }

                    Unescape(m.Groups["rest"].Value, where, inLabel: false);
                }
                else
                {
                    string type = m.Groups["rest"].Value;
                    if (type is not ("counter" or "gauge" or "histogram" or "summary" or "untyped") || !result.types.TryAdd(family, type))
                    {
                        throw new FormatException($"{where}: TYPE must come once per family, one of counter, gauge, histogram, summary, untyped.");
                    }
                }

                if (current is not null && current != family)
                {
                    closed.Add(current);
                }

                current = family;
                continue;
            }

            var sample = ParseSample(line, where);
            string owner = Family(sample.Name, result.types);
            if (owner != current)
            {
                throw new FormatException($"{where}: sample of {owner} outside its family's block (TYPE first, samples together).");
            }

            if (!series.Add(sample.Name + "{" + string.Join(",", sample.Labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value}")) + "}"))
            {
                throw new FormatException($"{where}: the same series twice.");
            }

            result.samples.Add(sample);
        }

        result.CheckHistograms();
        return result;
    }

    /// <summary>The family a sample belongs to: its own name, or the histogram/summary it is a _bucket, _sum or _count of.</summary>
    private static string Family(string name, Dictionary<string, string> types)
    {
        if (types.ContainsKey(name))
        {
            return name;
        }

        foreach (var suffix in new[] { "_bucket", "_sum", "_count" })
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal) && types.TryGetValue(name[..^suffix.Length], out var type) && type is "histogram" or "summary"
                && (suffix != "_bucket" || type == "histogram"))
            {
                return name[..^suffix.Length];
            }
        }

        throw new FormatException($"sample {name} has no TYPE line before it.");
    }

    private static PrometheusSample ParseSample(string line, string where)
    {
        var name = MetricName().Match(line);
        if (!name.Success)
        {
            throw new FormatException($"{where}: no metric name.");
        }

        int at = name.Length;
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (at < line.Length && line[at] == '{')
        {
            at++;
            while (line[at] != '}')
            {
                var label = LabelName().Match(line, at);
                if (!label.Success || label.Index != at || line.Length <= at + label.Length + 1 || line[at + label.Length] != '=' || line[at + label.Length + 1] != '"')
                {
                    throw new FormatException($"{where}: a label must be name=\"value\".");
                }

                at += label.Length + 2;
                var value = new StringBuilder();
                while (true)
                {
                    if (at >= line.Length)
                    {
                        throw new FormatException($"{where}: unterminated label value.");
                    }

                    char c = line[at++];
                    if (c == '"')
                    {
                        break;
                    }

                    if (c == '\\')
                    {
                        char e = at < line.Length ? line[at++] : ' ';
                        value.Append(e switch { '\\' => '\\', '"' => '"', 'n' => '\n', _ => throw new FormatException($"{where}: bad escape \\{e} in a label value.") });
                    }
                    else
                    {
                        value.Append(c);
                    }
                }

                if (!labels.TryAdd(label.Value, value.ToString()))
                {
                    throw new FormatException($"{where}: label {label.Value} twice.");
                }

                if (at < line.Length && line[at] == ',')
                {
                    at++;
                }
                else if (at >= line.Length || line[at] != '}')
                {
                    throw new FormatException($"{where}: labels must be separated by ',' and closed by '}}'.");
                }
            }

            at++;
        }

        if (at >= line.Length || line[at] != ' ')
        {
            throw new FormatException($"{where}: a space must separate the series from its value.");
        }

        var parts = line[(at + 1)..].Split(' ');
        if (parts.Length is < 1 or > 2 || (parts.Length == 2 && !long.TryParse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)))
        {
            throw new FormatException($"{where}: a value and at most a timestamp (integer milliseconds).");
        }

        return new PrometheusSample(name.Value, labels, Number(parts[0], where));
    }

    private static double Number(string text, string where) => text switch
    {
        "+Inf" or "Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        "NaN" => double.NaN,
        _ when FloatPattern().IsMatch(text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
        _ => throw new FormatException($"{where}: '{text}' is not a number."),
    };

    private static void Unescape(string text, string where, bool inLabel)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && (i + 1 >= text.Length || text[i + 1] is not ('\\' or 'n' or '"') || (!inLabel && text[i + 1] == '"')))
            {
                throw new FormatException($"{where}: bad escape in HELP.");
            }

            if (text[i] == '\\')
            {
                i++;
            }
        }
    }

    private void CheckHistograms()
    {
        foreach (var family in types.Where(t => t.Value == "histogram").Select(t => t.Key))
        {
            var buckets = samples.Where(s => s.Name == family + "_bucket").ToList();
            foreach (var group in buckets.GroupBy(b => Key(b.Labels, "le")))
            {
                var ordered = group.Select(b => (Le: b.Labels.TryGetValue("le", out var le) ? Number(le, $"{family} le") : throw new FormatException($"{family}_bucket without le."), b.Value))
                    .OrderBy(b => b.Le).ToList();
                if (!double.IsPositiveInfinity(ordered[^1].Le))
                {
                    throw new FormatException($"{family}{{{group.Key}}} has no le=\"+Inf\" bucket.");
                }

                for (int i = 1; i < ordered.Count; i++)
                {
                    if (ordered[i].Value < ordered[i - 1].Value)
                    {
                        throw new FormatException($"{family}{{{group.Key}}}: bucket le={ordered[i].Le} holds less than le={ordered[i - 1].Le}.");
                    }
                }

                var count = samples.SingleOrDefault(s => s.Name == family + "_count" && Key(s.Labels, null) == group.Key)
                    ?? throw new FormatException($"{family}{{{group.Key}}} has no _count.");
                if (count.Value != ordered[^1].Value)
                {
                    throw new FormatException($"{family}{{{group.Key}}}: _count {count.Value} is not the +Inf bucket {ordered[^1].Value}.");
                }
            }
        }
    }

    private static string Key(IReadOnlyDictionary<string, string> labels, string? except) =>
        string.Join(",", labels.Where(l => l.Key != except).OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value}"));

    [GeneratedRegex(@"^# (?<kind>HELP|TYPE) (?<name>[a-zA-Z_:][a-zA-Z0-9_:]*) (?<rest>.*)$")]
    private static partial Regex Comment();

    [GeneratedRegex(@"^[a-zA-Z_:][a-zA-Z0-9_:]*")]
    private static partial Regex MetricName();

    [GeneratedRegex(@"[a-zA-Z_][a-zA-Z0-9_]*")]
    private static partial Regex LabelName();

    [GeneratedRegex(@"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")]
    private static partial Regex FloatPattern();
}
