using System.Text.RegularExpressions;
using CbssSimulator.Tests.Support;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace CbssSimulator.Tests.Admin;

/// <summary>No Docker engine runs here: the files are checked against the project instead (paths exist, ports match).</summary>
public class DockerFilesTests
{
    private static readonly string Root = Path.GetDirectoryName(RepoFiles.Solution)!;

    [Fact]
    public void Compose_BuildsThisRepository_MountsTheScenarios_AndPublishesTheDefaultPort()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(Root, "docker-compose.yml"))));
        var service = (YamlMappingNode)((YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["services"]).Children.Single().Value;
        Assert.True(File.Exists(Path.Combine(Root, ((YamlScalarNode)service["build"]).Value!, "Dockerfile")));
        var volume = ((YamlScalarNode)((YamlSequenceNode)service["volumes"]).Single()).Value!.Split(':');
        Assert.True(Directory.Exists(Path.Combine(Root, volume[0])));
        Assert.Equal("/scenarios", volume[1]);
        var port = ((YamlScalarNode)((YamlSequenceNode)service["ports"]).Single()).Value!;
        Assert.Equal("${CBSS_PORT:-8080}:8080", port); // the host port is overridable, the container's is fixed
    }

    [Fact]
    public void DockerIgnore_KeepsBuildOutputRegistriesAndGitOutOfTheContext()
    {
        var lines = File.ReadAllLines(Path.Combine(Root, ".dockerignore"));
        foreach (var pattern in new[] { "**/bin/", "**/obj/", "**/*.db", "data/", ".git/" })
        {
            Assert.Contains(pattern, lines);
        }

        Assert.Contains("CBSS_CI_PORT", File.ReadAllText(Path.Combine(Root, ".ci", "run")));
    }

    [Fact]
    public void Dockerfile_CopiesWhatExists_ExposesTheDefaultPort_AndChecksHealthWithoutCurl()
    {
        var text = File.ReadAllText(Path.Combine(Root, "Dockerfile"));
        foreach (Match m in Regex.Matches(text, @"^COPY (?!--from)(.+) \S+$", RegexOptions.Multiline))
        {
            foreach (var source in m.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                Assert.True(File.Exists(Path.Combine(Root, source)) || Directory.Exists(Path.Combine(Root, source)), source);
            }
        }

        Assert.Contains("EXPOSE 8080", text);
        Assert.Contains("ASPNETCORE_URLS=http://+:8080", text);
        Assert.Matches(@"HEALTHCHECK[\s\S]+CbssSimulator\.dll"", ""health""", text);
        Assert.DoesNotContain("curl", text.Replace("No curl", ""), StringComparison.Ordinal);
        Assert.Matches(@"USER \$APP_UID", text);
    }
}
