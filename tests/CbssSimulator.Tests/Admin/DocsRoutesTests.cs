using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using CbssSimulator.Tests.Support;
using Xunit;

namespace CbssSimulator.Tests.Admin;

/// <summary>
/// Every admin route the README and docs/ name is one the simulator maps (as its OpenAPI document lists them), and the
/// README's curl lines run as written against a live simulator (<c>base=</c> pointed at it).
/// </summary>
public partial class DocsRoutesTests(KestrelSimulatorFactory factory) : IClassFixture<KestrelSimulatorFactory>
{
    [Fact]
    public async Task EveryRouteTheDocsName_IsMapped()
    {
        using var http = factory.CreateClient();
        using var doc = JsonDocument.Parse(await http.GetStringAsync("/openapi/v1.json"));
        var mapped = doc.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (Method: o.Name.ToUpperInvariant(), Segments: p.Name.Trim('/').Split('/'))))
            .Append((Method: "GET", Segments: new[] { "openapi", "v1.json" })) // the document itself
            .Append((Method: "GET", Segments: new[] { "metrics" })) // Prometheus text, not JSON: docs/metrics.md
            .ToList();

        var root = Path.GetDirectoryName(RepoFiles.Solution)!;
        var named = new List<(string Page, string Method, string Path)>();
        foreach (var page in new[] { "README.md" }.Concat(Directory.GetFiles(Path.Combine(root, "docs"), "*.md").Select(f => Path.GetRelativePath(root, f))))
        {
            foreach (Match m in Route().Matches(File.ReadAllText(Path.Combine(root, page))))
            {
                string path = m.Groups["path"].Value.TrimEnd('.', ',');
                if (!path.EndsWith('/')) // "PUT /admin/sandboxes/…": a path left unfinished in prose
                {
                    named.Add((page, m.Groups["method"].Value, path));
                }
            }
        }

        Assert.True(named.Count >= 20, $"only {named.Count} routes found in the docs: the pattern no longer reads them");
        var unknown = named.Where(n => !mapped.Any(r => r.Method == n.Method && Matches(r.Segments, n.Path.Trim('/').Split('/'))))
            .Select(n => $"{n.Page}: {n.Method} {n.Path}").Distinct().ToList();
        Assert.True(unknown.Count == 0, "routes the docs name that the simulator does not map: " + string.Join("; ", unknown));
    }

    [Fact]
    public async Task TheReadmesCoreLoop_RunsAsWritten()
    {
        var readme = File.ReadAllText(Path.Combine(Path.GetDirectoryName(RepoFiles.Solution)!, "README.md"));
        var block = ShellBlock().Matches(readme).Select(m => m.Groups[1].Value).Single(b => b.Contains("base=", StringComparison.Ordinal));
        string script = "set -e\n" + Regex.Replace(block, "^base=.*$", "base=" + factory.BaseAddress.ToString().TrimEnd('/'), RegexOptions.Multiline)
            .Replace("curl -s ", "curl -sf ", StringComparison.Ordinal);
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"the core loop block failed ({process.ExitCode}): {await error}");
        Assert.Contains("\"soapAction\"", await output, StringComparison.Ordinal); // the example of step 1
        Assert.Contains("\"today\"", await output, StringComparison.Ordinal); // the clock moved in step 5
    }

    /// <summary>A documented path matches a mapped one: the same literal segments; a {parameter} matches any value.</summary>
    private static bool Matches(string[] mapped, string[] named) =>
        mapped.Length == named.Length
        && mapped.Zip(named).All(p => p.First.StartsWith('{') || p.Second.StartsWith('{') || string.Equals(p.First, p.Second, StringComparison.Ordinal));

    [GeneratedRegex(@"`?(?<method>GET|PUT|POST|DELETE)`?\s+`?(?<path>/(?:admin|health|openapi|metrics)[A-Za-z0-9_{}/.\-]*)")]
    private static partial Regex Route();

    [GeneratedRegex(@"```(?:sh|bash|shell)\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShellBlock();
}
