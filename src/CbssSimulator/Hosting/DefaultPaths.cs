namespace CbssSimulator.Hosting;

/// <summary>
/// Where the defaults are found when the user names no path (docs/decisions.md, "Paths are the user's"): paths the user types are relative to
/// the folder the user stands in (<c>dotnet run</c> keeps it: RunWorkingDirectory in the project file); the scenario
/// folder is <c>scenarios</c> under that folder when it exists, else the copy beside the executable, else the
/// container's <c>/scenarios</c>.
/// </summary>
public static class DefaultPaths
{
    /// <summary>The scenario folder of the container image (the Dockerfile sets Scenarios__Folder to it as well).</summary>
    public const string ContainerScenarioFolder = "/scenarios";

    /// <summary><c>Scenarios:Folder</c> when set, else the first default folder that exists.</summary>
    public static string ScenarioFolder(IConfiguration configuration) =>
        configuration["Scenarios:Folder"] is { Length: > 0 } folder ? folder : FindScenarioFolder(Directory.GetCurrentDirectory(), AppContext.BaseDirectory);

    /// <summary>The first of <c>cwd/scenarios</c>, <c>executable/scenarios</c>, <c>/scenarios</c> that exists; <c>scenarios</c> when none does.</summary>
    public static string FindScenarioFolder(string workingFolder, string executableFolder) =>
        new[] { Path.Combine(workingFolder, "scenarios"), Path.Combine(executableFolder, "scenarios"), ContainerScenarioFolder }
            .FirstOrDefault(Directory.Exists) ?? "scenarios";
}
