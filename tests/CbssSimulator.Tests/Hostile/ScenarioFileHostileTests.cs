using System.Net;
using System.Net.Http.Json;
using CbssSimulator.Tests.Admin;
using CbssSimulator.Tests.Support;
using Xunit;

namespace CbssSimulator.Tests.Hostile;

/// <summary>Scenario names given to <c>PUT /admin/sandboxes/{name}</c>: only files of Scenarios:Folder; anything else the same 400.</summary>
public class ScenarioFileHostileTests(ScenarioFileHostileTests.FolderFactory factory) : IClassFixture<ScenarioFileHostileTests.FolderFactory>
{
    /// <summary>A scenario folder of its own: a scenario, one in a sub-folder, links out of it, a directory named like a scenario.</summary>
    public sealed class FolderFactory : SimulatorFactory
    {
        public string Folder { get; } = TestTemp.Folder("scenarios");

        public FolderFactory()
        {
            File.Copy(Path.Combine(ScenarioTests.Folder, "debt-file.yaml"), Path.Combine(Folder, "debt-file.yaml"));
            Directory.CreateDirectory(Path.Combine(Folder, "sub"));
            File.Copy(Path.Combine(ScenarioTests.Folder, "debt-file.yaml"), Path.Combine(Folder, "sub", "debt-file.yaml"));
            Directory.CreateDirectory(Path.Combine(Folder, "dir.yaml"));
            File.CreateSymbolicLink(Path.Combine(Folder, "passwd.yaml"), "/etc/passwd");
            File.CreateSymbolicLink(Path.Combine(Folder, "inside-link.yaml"), Path.Combine(Folder, "debt-file.yaml"));
            Directory.CreateSymbolicLink(Path.Combine(Folder, "etc"), "/etc");
            File.WriteAllText(Path.Combine(Folder, "big.yaml"), "name: big\n#" + new string('x', 2_000));
        }

        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["Scenarios:Folder"] = Folder,
            ["Scenarios:MaxBytes"] = "1500",
        };
    }

    private readonly HttpClient http = factory.CreateClient();

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/etc/passwd")]
    [InlineData("../../../../etc/passwd")]
    [InlineData("../../../../etc/does-not-exist")]
    [InlineData("sub/../../debt-file.yaml")]
    [InlineData("./debt-file.yaml")]
    [InlineData("passwd.yaml")]
    [InlineData("etc/passwd")]
    [InlineData("etc/hostname.yaml")]
    [InlineData("dir.yaml")]
    [InlineData("inside-link.yaml")]
    [InlineData("missing.yaml")]
    [InlineData("debt-file")]
    [InlineData("..\\..\\etc\\passwd")]
    [InlineData("C:/Windows/win.ini")]
    [InlineData("~/.bashrc.yaml")]
    [InlineData(".hidden.yaml")]
    [InlineData("")]
    public async Task NamesOutsideTheFolder_GetTheSameRefusal(string scenario)
    {
        using var response = await http.PutAsJsonAsync("/admin/sandboxes/hostile-file", new { scenario });
        var problem = await HostileAssert.Problem400(response, "The scenario is refused", "is not a scenario of the scenario folder");
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Equal($"{scenario}:0: '{scenario}' is not a scenario of the scenario folder: give a file name (e.g. debt-file.yaml) or a relative path under "
            + "Scenarios:Folder, without '..', of a .yaml, .yml or .json file.", detail);
        Assert.DoesNotContain("root", detail, StringComparison.Ordinal);
        await HostileAssert.StillServes(http);
    }

    [Fact]
    public async Task TooLargeAFile_IsRefused_NamingTheLimit()
    {
        using var response = await http.PutAsJsonAsync("/admin/sandboxes/hostile-big", new { scenario = "big.yaml" });
        await HostileAssert.Problem400(response, "Scenarios:MaxBytes", "1500");
        await HostileAssert.StillServes(http);
    }

    [Theory]
    [InlineData("debt-file.yaml", "hostile-ok")]
    [InlineData("sub/debt-file.yaml", "hostile-ok-sub")]
    public async Task AFileOfTheFolder_MakesTheSandbox(string scenario, string name)
    {
        using var response = await http.PutAsJsonAsync($"/admin/sandboxes/{name}", new { scenario });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await HostileAssert.StillServes(http);
    }
}
