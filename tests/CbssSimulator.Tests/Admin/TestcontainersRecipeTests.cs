using System.Net.Http.Json;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Configurations;
using CbssSimulator.Tests.Support;
using Xunit;

namespace CbssSimulator.Tests.Admin;

/// <summary>
/// The Testcontainers for .NET recipe of docs/ci-recipes.md, as a vendor's test would use it: build the image from this
/// repository's Dockerfile, start it with the scenario folder mounted, load a scenario into a sandbox, call it, verify.
/// Skipped, with a message, where no container engine answers.
/// </summary>
public class TestcontainersRecipeTests
{
    private static bool EngineAvailable() =>
        Environment.GetEnvironmentVariable("DOCKER_HOST") is { Length: > 0 } || File.Exists("/var/run/docker.sock");

    [SkippableFact]
    public async Task TheImage_ServesAScenario_AndVerifiesIt()
    {
        Skip.IfNot(EngineAvailable(), "No container engine here (no DOCKER_HOST, no /var/run/docker.sock): the Testcontainers recipe is not run.");
        string root = Path.GetDirectoryName(RepoFiles.Solution)!;
        var image = new ImageFromDockerfileBuilder()
            .WithDockerfileDirectory(root)
            .WithDockerfile("Dockerfile")
            .WithName("cbss-simulator:testcontainers")
            .Build();
        await image.CreateAsync();

        await using var container = new ContainerBuilder(image)
            .WithPortBinding(8080, true)
            .WithBindMount(Path.Combine(root, "scenarios"), "/scenarios", AccessMode.ReadOnly)
            .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(r => r.ForPort(8080).ForPath("/health")))
            .Build();
        await container.StartAsync();

        using var http = new HttpClient { BaseAddress = new UriBuilder("http", container.Hostname, container.GetMappedPublicPort(8080)).Uri };
        (await http.PutAsJsonAsync("/admin/sandboxes/ci", new { scenario = "ris-couple.yaml" })).EnsureSuccessStatusCode();
        // A vendor's tests would call /sandboxes/ci/… here; with no call, the verdict says which expectations are not met.
        using var verify = await http.PostAsync("/admin/sandboxes/ci/verify", null);
        verify.EnsureSuccessStatusCode();
        Assert.Contains("\"passed\":false", await verify.Content.ReadAsStringAsync());
    }
}
