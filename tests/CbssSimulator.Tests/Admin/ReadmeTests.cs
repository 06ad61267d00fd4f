using System.Text.RegularExpressions;
using CbssSimulator.Catalogue;
using CbssSimulator.Tests.Support;
using Xunit;

namespace CbssSimulator.Tests.Admin;

/// <summary>The README tells the truth: its coverage table is the catalogue's, its anchor persons exist.</summary>
public class ReadmeTests
{
    private static string Readme() => File.ReadAllText(Path.Combine(Path.GetDirectoryName(RepoFiles.Solution)!, "README.md"));

    private static string Coverage() => File.ReadAllText(Path.Combine(Path.GetDirectoryName(RepoFiles.Solution)!, "docs", "coverage.md"));

    [Fact]
    public void CoverageTable_IsTheCataloguesOwn() =>
        Assert.Contains(CoverageTable.Markdown().ReplaceLineEndings("\n"), Coverage().ReplaceLineEndings("\n"));

    [Fact]
    public void AnchorPersons_AreInTheRegistry()
    {
        var section = Readme().Split("### Persons you can rely on")[1].Split("###")[0];
        var ssins = Regex.Matches(section, @"\b\d{11}\b").Select(m => m.Value).ToList();
        Assert.Equal(6, ssins.Count);
        Assert.All(ssins, s => Assert.NotNull(TestRegistry.People.Find(s)));
    }

    [Fact]
    public void ReadmeTestCommand_IsTheOneCiRuns()
    {
        Assert.Contains("dotnet test CbssSimulator.sln", Readme());
        var ci = File.ReadAllText(Path.Combine(Path.GetDirectoryName(RepoFiles.Solution)!, ".ci/run"));
        Assert.Contains("dotnet test CbssSimulator.sln", ci);
    }
}

/// <summary>Files of the repository, found from the test binaries.</summary>
public static class RepoFiles
{
    public static string Solution
    {
        get
        {
            for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            {
                var sln = Path.Combine(d.FullName, "CbssSimulator.sln");
                if (File.Exists(sln))
                {
                    return sln;
                }
            }

            throw new FileNotFoundException("CbssSimulator.sln");
        }
    }
}
