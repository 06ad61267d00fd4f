using System.Text.RegularExpressions;
using Xunit;

namespace CbssSimulator.Tests.Architecture;

/// <summary>
/// The layout rule of the spine: <c>Services/</c> holds services only, and no service folder reads another service
/// folder. A file under <c>Services/X/</c> may name its own namespace, the shared transport (<c>Wire/</c>), <c>Registry</c>
/// and <c>Sources</c>; an
/// authentic source never names a service. Read from the source tree (usings, qualified names and names relative to
/// <c>CbssSimulator.Services</c>), with comments and string literals left out.
/// </summary>
public partial class ServiceFolderTests
{
    private static readonly string[] Shared = [];

    [Fact]
    public void TheSharedTransport_LivesBesideTheServices()
    {
        var services = Directory.GetDirectories(Path.Combine(SourceRoot(), "Services")).Select(Path.GetFileName).ToList();
        Assert.DoesNotContain("Ssdn", services);
        Assert.DoesNotContain("CommonV3", services);
        Assert.True(Directory.Exists(Path.Combine(SourceRoot(), "Wire", "Ssdn")) && Directory.Exists(Path.Combine(SourceRoot(), "Wire", "CommonV3")));
    }

    [Fact]
    public void ServiceFolders_ReferenceNoOtherServiceFolder()
    {
        var services = Path.Combine(SourceRoot(), "Services");
        var folders = Directory.GetDirectories(services).Select(Path.GetFileName).Select(f => f!).ToList();
        var offences = new List<string>();
        foreach (var folder in folders.Except(Shared))
        {
            var others = folders.Where(y => y != folder && !Shared.Contains(y)).ToList();
            foreach (var file in Directory.GetFiles(Path.Combine(services, folder), "*.cs", SearchOption.AllDirectories))
            {
                var code = Code(File.ReadAllText(file));
                offences.AddRange(others.SelectMany(y => References(code, y)).Distinct()
                    .Select(r => $"{Path.GetRelativePath(services, file)} uses {r}"));
            }
        }

        Assert.True(offences.Count == 0, "Service folders reading other service folders:\n" + string.Join('\n', offences));
    }

    [Fact]
    public void Sources_ReferenceNoServiceFolder()
    {
        var sources = Path.Combine(SourceRoot(), "Sources");
        var offences = Directory.GetFiles(sources, "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => ServiceName().Matches(Code(File.ReadAllText(file))).Select(m => $"{Path.GetRelativePath(sources, file)} uses {m.Value}"))
            .ToList();

        Assert.True(offences.Count == 0, "Authentic sources reading service folders:\n" + string.Join('\n', offences));
    }

    /// <summary>Names of folder <paramref name="y"/>'s namespace: <c>CbssSimulator.Services.Y…</c>, <c>Services.Y.…</c> or <c>Y.Type</c>.</summary>
    private static IEnumerable<string> References(string code, string y) =>
        Regex.Matches(code, $@"(?<![\w.])(?:(?:global::)?CbssSimulator\.)?(?:Services\.)?{y}\.[A-Z]\w*|(?<![\w.])(?:CbssSimulator\.)?Services\.{y}\b")
            .Select(m => m.Value);

    /// <summary>The code of a file without comments and string literals (their words are not references).</summary>
    private static string Code(string text)
    {
        text = Regex.Replace(text, "\"\"\"[\\s\\S]*?\"\"\"", "\"\"");
        text = Regex.Replace(text, @"/\*[\s\S]*?\*/", "");
        text = Regex.Replace(text, "@?\\$?\"(?:[^\"\\\\\\n]|\\\\.)*\"", "\"\"");
        return Regex.Replace(text, "//.*", "");
    }

    /// <summary>src/CbssSimulator, found by walking up from the test binaries to the folder holding CbssSimulator.sln.</summary>
    private static string SourceRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CbssSimulator.sln")))
            {
                return Path.Combine(dir.FullName, "src", "CbssSimulator");
            }
        }

        throw new DirectoryNotFoundException("No CbssSimulator.sln above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"(?<![\w.])(?:CbssSimulator\.)?Services\.\w+")]
    private static partial Regex ServiceName();
}
