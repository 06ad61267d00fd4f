using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using CbssSimulator.Registry;

namespace CbssSimulator.Sandboxes;

/// <summary>Options of the sandboxes (section "Sandboxes").</summary>
public sealed class SandboxOptions
{
    /// <summary>Where sandbox databases and prepared templates are kept. Default: a "sandboxes" folder beside the registry file.</summary>
    public string? Folder { get; set; }

    /// <summary>Journal entries kept per sandbox; older ones are dropped and counted. Default 10,000.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 1_000_000, ErrorMessage = "Sandboxes:JournalCapacity must lie between {1} and {2} entries.")]
    public int JournalCapacity { get; set; } = 10_000;
}

/// <summary>
/// The sandboxes of one running simulator. Generated populations are prepared once per seed and size as template
/// files; creating or resetting a sandbox copies a template with SQLite's backup API (milliseconds, measured in the
/// reply of a reset).
/// </summary>
public sealed partial class SandboxRegistry
{
    public const string DefaultName = "default";

    private readonly ConcurrentDictionary<string, Sandbox> sandboxes = new(StringComparer.Ordinal);
    private readonly object gate = new();
    private readonly TimeProvider wall;
    private readonly SandboxOptions options;
    private readonly string folder;

    public SandboxRegistry(RegistryDatabase registry, TimeProvider wall, SandboxOptions options)
    {
        this.wall = wall;
        this.options = options;
        folder = Path.GetFullPath(options.Folder ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(registry.Path))!, "sandboxes"));
        Directory.CreateDirectory(Path.Combine(folder, "templates"));
        var initial = new RegistryDatabase(registry.Path + ".initial");
        RegistryDatabase.Copy(registry, initial);
        Default = new Sandbox(DefaultName, registry, initial, wall, options.JournalCapacity, "registry " + Path.GetFileName(registry.Path));
        sandboxes[DefaultName] = Default;
    }

    public Sandbox Default { get; }

    public IReadOnlyCollection<Sandbox> All => sandboxes.Values.OrderBy(s => s.Name, StringComparer.Ordinal).ToList();

    public Sandbox? Find(string name) => sandboxes.GetValueOrDefault(name);

    public static bool IsValidName(string name) => NamePattern().IsMatch(name);

    /// <summary>Creates (or replaces) a sandbox from a generated population; <paramref name="prepare"/> may then edit its template (a scenario).</summary>
    public Sandbox Create(string name, int seed, int persons, Action<RegistryDatabase>? prepare = null, string? origin = null)
    {
        if (!IsValidName(name) || name == DefaultName)
        {
            throw new ArgumentException($"'{name}' is not a sandbox name (letters, digits, '-' and '_', at most 64; not '{DefaultName}').");
        }

        lock (gate)
        {
            Delete(name);
            var template = new RegistryDatabase(Path.Combine(folder, $"{name}.template.db"));
            RegistryDatabase.Copy(Population(seed, persons), template);
            prepare?.Invoke(template);
            var live = new RegistryDatabase(Path.Combine(folder, $"{name}.db"));
            RegistryDatabase.Copy(template, live);
            var sandbox = new Sandbox(name, live, template, wall, options.JournalCapacity, origin ?? $"seed {seed}, {persons} persons");
            sandboxes[name] = sandbox;
            return sandbox;
        }
    }

    /// <summary>Creates (or replaces) a sandbox from a scenario: its population, its persons and integrations, clock, faults, expectations.</summary>
    public Sandbox CreateFromScenario(string name, Scenarios.ScenarioFile scenario)
    {
        Scenarios.ScenarioSettings? settings = null;
        var sandbox = Create(name, scenario.Population?.Seed ?? 42, scenario.Population?.Persons ?? 0,
            template => settings = Scenarios.ScenarioBuilder.Apply(scenario, template), "scenario " + scenario.Name);
        sandbox.Configure(settings!);
        return sandbox;
    }

    public bool Delete(string name)
    {
        if (name == DefaultName || !sandboxes.TryRemove(name, out var sandbox))
        {
            return false;
        }

        foreach (var db in new[] { sandbox.Database, sandbox.Template })
        {
            db.ClearPool();
            File.Delete(db.Path);
        }

        return true;
    }

    /// <summary>Resets a sandbox and tells how long it took, in milliseconds.</summary>
    public double Reset(Sandbox sandbox)
    {
        var watch = Stopwatch.StartNew();
        sandbox.Reset();
        return watch.Elapsed.TotalMilliseconds;
    }

    /// <summary>The prepared population for a seed and size, generated the first time it is asked for.</summary>
    private RegistryDatabase Population(int seed, int persons)
    {
        var path = Path.Combine(folder, "templates", $"seed{seed}-persons{persons}-v{RegistryDatabase.GeneratorVersion}.db");
        if (!File.Exists(path))
        {
            // Generate aside, then move into place: two simulators sharing the folder never see a half-written template.
            var aside = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
            RegistryGenerator.Generate(new GenerationOptions(seed, persons), aside);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                File.Move(aside, path);
            }
            catch (IOException) when (File.Exists(path))
            {
                File.Delete(aside);
            }
        }

        return new RegistryDatabase(path);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex NamePattern();
}
