using System.Text.RegularExpressions;
using CbssSimulator.Tests.Admin;
using Xunit;

namespace CbssSimulator.Tests.Architecture;

/// <summary>
/// The decisions the code, the docs and the contracts cite are in the repository: every citation of docs/decisions.md by a quoted
/// section title names a heading of docs/decisions.md, and no citation of the old numbered notes ("decisions" followed by a section sign)
/// remains. Comments wrapped over several lines are joined before they are read.
/// </summary>
public partial class DecisionCitationsTests
{
    private static readonly string Root = Path.GetDirectoryName(RepoFiles.Solution)!;

    private static IEnumerable<string> Files()
    {
        foreach (var folder in new[] { "src", "tests" })
        {
            foreach (var f in Directory.EnumerateFiles(Path.Combine(Root, folder), "*.cs", SearchOption.AllDirectories))
            {
                var parts = Path.GetRelativePath(Root, f).Split(Path.DirectorySeparatorChar);
                if (!parts.Contains("bin") && !parts.Contains("obj"))
                {
                    yield return f;
                }
            }
        }

        yield return Path.Combine(Root, "README.md");
        yield return Path.Combine(Root, "CHANGELOG.md");
        foreach (var f in Directory.EnumerateFiles(Path.Combine(Root, "contracts"), "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".xsd", StringComparison.Ordinal) || f.EndsWith(".wsdl", StringComparison.Ordinal)))
        {
            yield return f;
        }
        foreach (var f in Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md"))
        {
            yield return f;
        }
    }

    /// <summary>The text with comment continuations (<c>///</c>, <c>//</c>) and line breaks folded into spaces, quotes unescaped.</summary>
    private static string Joined(string path) =>
        Continuation().Replace(File.ReadAllText(path), " ").Replace("\\\"", "\"", StringComparison.Ordinal);

    [Fact]
    public void EveryCitation_NamesAHeadingOfDocsDecisions()
    {
        var headings = File.ReadLines(Path.Combine(Root, "docs", "decisions.md"))
            .Where(l => l.StartsWith("## ", StringComparison.Ordinal) || l.StartsWith("### ", StringComparison.Ordinal))
            .Select(l => l.TrimStart('#').Trim()).ToHashSet(StringComparer.Ordinal);
        var cited = new List<(string File, string Title)>();
        foreach (var file in Files())
        {
            foreach (Match m in Citation().Matches(Joined(file)))
            {
                cited.Add((Path.GetRelativePath(Root, file), m.Groups[1].Value));
                if (m.Groups[2].Success)
                {
                    cited.Add((Path.GetRelativePath(Root, file), m.Groups[2].Value));
                }
            }
        }

        Assert.True(cited.Count > 40, $"only {cited.Count} citations found: the pattern no longer reads them");
        var missing = cited.Where(c => !headings.Contains(c.Title)).Select(c => $"{c.File}: \"{c.Title}\"").ToList();
        Assert.True(missing.Count == 0, "citations of docs/decisions.md with no such heading:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void NoCitationOfTheOldNumberedNotesRemains()
    {
        string old = "decisions " + "\u00a7";
        var left = Files().Where(f => Joined(f).Contains(old, StringComparison.Ordinal)).Select(f => Path.GetRelativePath(Root, f)).ToList();
        Assert.True(left.Count == 0, "numbered decision citations left in: " + string.Join(", ", left));
    }

    [GeneratedRegex(@"\r?\n[ \t]*(?:///?[ \t]?)?")]
    private static partial Regex Continuation();

    /// <summary>
    /// The path then a quoted title (code), or a markdown link to decisions.md then a quoted title (docs); optionally
    /// "to" a second title.
    /// </summary>
    [GeneratedRegex(@"decisions\.md(?:\]\([^)]*\))?,\s*""([^""]+)""(?:\s+to\s+""([^""]+)"")?")]
    private static partial Regex Citation();
}
