using System.Text.RegularExpressions;
using CbssSimulator.Tests.Admin;
using Xunit;

namespace CbssSimulator.Tests.Architecture;

/// <summary>The layout block of docs/architecture.md matches the tree: every folder it names exists, and every folder of
/// src/CbssSimulator/ and of the repository's top level is named there.</summary>
public partial class LayoutDocTests
{
    private static readonly string Root = Path.GetDirectoryName(RepoFiles.Solution)!;

    private static string Block() =>
        LayoutBlock().Match(File.ReadAllText(Path.Combine(Root, "docs", "architecture.md"))).Groups[1].Value;

    [Fact]
    public void EveryFolderOfTheSource_IsNamedInTheLayout()
    {
        var named = Named(Block());
        var folders = Directory.GetDirectories(Path.Combine(Root, "src", "CbssSimulator")).Select(Path.GetFileName)
            .Where(n => n is not ("bin" or "obj")).ToList();
        Assert.NotEmpty(folders);
        var missing = folders.Where(f => !named.Contains(f!)).ToList();
        Assert.True(missing.Count == 0, "folders of src/CbssSimulator/ the layout does not name: " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryTopLevelFolder_IsNamed_AndEveryNamedFolderExists()
    {
        var block = Block();
        var named = Named(block);
        var top = Directory.GetDirectories(Root).Select(Path.GetFileName)
            .Where(n => !n!.StartsWith('.') && n is not ("bin" or "obj" or "TestResults" or "data" or "sandboxes")).ToList();
        var missing = top.Where(f => !named.Contains(f!)).ToList();
        Assert.True(missing.Count == 0, "top-level folders the layout does not name: " + string.Join(", ", missing));

        foreach (Match m in Path_().Matches(block))
        {
            string path = m.Value.TrimEnd('/');
            if (path.Contains('<', StringComparison.Ordinal))
            {
                continue;
            }

            bool exists = Directory.Exists(Path.Combine(Root, path)) || Directory.Exists(Path.Combine(Root, "src", "CbssSimulator", path))
                || Directory.Exists(Path.Combine(Root, "src", "CbssSimulator", "Registry", path));
            Assert.True(exists, $"the layout names {path}/, which is not in the tree");
        }
    }

    private static HashSet<string> Named(string block) =>
        Path_().Matches(block).SelectMany(m => m.Value.TrimEnd('/').Split('/')).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"## Layout\s+```\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex LayoutBlock();

    [GeneratedRegex(@"(?<![\w.<])[A-Za-z][\w.<>-]*(?:/[A-Za-z<][\w.<>-]*)*/(?=\s)")]
    private static partial Regex Path_();
}
