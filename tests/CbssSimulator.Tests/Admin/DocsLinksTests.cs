using System.Text.RegularExpressions;
using Xunit;

namespace CbssSimulator.Tests.Admin;

/// <summary>The README and docs/ point at files that exist: a link moved with its section, not left dangling.</summary>
public partial class DocsLinksTests
{
    public static TheoryData<string> Documents()
    {
        var root = Path.GetDirectoryName(RepoFiles.Solution)!;
        var data = new TheoryData<string>();
        data.Add("README.md");
        foreach (var f in Directory.GetFiles(Path.Combine(root, "docs"), "*.md").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(root, f).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void EveryRelativeLink_Resolves(string document)
    {
        var root = Path.GetDirectoryName(RepoFiles.Solution)!;
        var path = Path.Combine(root, document);
        var missing = Link().Matches(File.ReadAllText(path))
            .Select(m => m.Groups[1].Value.Split('#')[0])
            .Where(l => l.Length > 0 && !l.Contains("://", StringComparison.Ordinal))
            .Where(l => !File.Exists(Path.Combine(Path.GetDirectoryName(path)!, l)) && !Directory.Exists(Path.Combine(Path.GetDirectoryName(path)!, l)))
            .ToList();
        Assert.True(missing.Count == 0, $"{document} links to missing files: {string.Join(", ", missing)}");
    }

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex Link();
}
