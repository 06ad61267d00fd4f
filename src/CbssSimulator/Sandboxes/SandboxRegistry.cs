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
    private readonly SemaphoreSlim lifecycle = new(1, 1); // creates and deletes, one at a time (a delete waits for its calls)
    private readonly TimeProvider wall;
    private readonly SandboxOptions options;
    private readonly string folder;

    public SandboxRegistry(RegistryDatabase registry, TimeProvider wall, SandboxOptions options)
    {
        this.wall = wall;
        this.options = options;
        folder = Path.GetFullPath(options.Folder ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(registry.Path))!, "sandboxes"));
        Directory.CreateDirectory(Path.Combine(folder, "templates"));
        RemoveLeftovers(registry.Path);
        var initial = new RegistryDatabase(registry.Path + ".initial");
        RegistryDatabase.CopyToNew(registry, initial);
        Default = new Sandbox(DefaultName, registry, initial, wall, options.JournalCapacity, "registry " + Path.GetFileName(registry.Path));
        sandboxes[DefaultName] = Default;
    }

    public Sandbox Default { get; }

    /// <summary>Raised after each reset through <see cref="ResetAsync"/> (the metrics count them).</summary>
    public event Action<Sandbox>? SandboxReset;

    public IReadOnlyCollection<Sandbox> All => sandboxes.Values.OrderBy(s => s.Name, StringComparer.Ordinal).ToList();

    public Sandbox? Find(string name) => sandboxes.GetValueOrDefault(name);

    public static bool IsValidName(string name) => NamePattern().IsMatch(name);

    /// <summary>Creates (or replaces) a sandbox from a generated population; <paramref name="prepare"/> may then edit its template (a scenario).</summary>
    public Sandbox Create(string name, int seed, int persons, Action<RegistryDatabase>? prepare = null, string? origin = null, Action<Sandbox>? configure = null)
    {
        if (!IsValidName(name) || name == DefaultName)
        {
            throw new ArgumentException($"'{name}' is not a sandbox name (letters, digits, '-' and '_', at most 64; not '{DefaultName}').");
        }

        lifecycle.Wait();
        try
        {
            RemoveAsync(name).GetAwaiter().GetResult();
            var template = new RegistryDatabase(Path.Combine(folder, $"{name}.template.db"));
            var population = Population(seed, persons);
            RegistryDatabase.CopyToNew(population, template); // leaves no pooled connection (and page cache) to the population
            prepare?.Invoke(template);
            var live = new RegistryDatabase(Path.Combine(folder, $"{name}.db"));
            RegistryDatabase.CopyToNew(template, live); // the template is read again only by a reset: no page cache kept meanwhile
            var sandbox = new Sandbox(name, live, template, wall, options.JournalCapacity, origin ?? $"seed {seed}, {persons} persons");
            configure?.Invoke(sandbox); // before it is listed: no call sees it half-configured
            sandboxes[name] = sandbox;
            return sandbox;
        }
        finally
        {
            lifecycle.Release();
        }
    }

    /// <summary>Creates (or replaces) a sandbox from a scenario: its population, its persons and integrations, clock, faults, expectations.</summary>
    public Sandbox CreateFromScenario(string name, Scenarios.ScenarioFile scenario)
    {
        Scenarios.ScenarioSettings? settings = null;
        return Create(name, scenario.Population?.Seed ?? 42, scenario.Population?.Persons ?? 0,
            template => settings = Scenarios.ScenarioBuilder.Apply(scenario, template), "scenario " + scenario.Name, s => s.Configure(settings!));
    }

    /// <summary>Deletes a sandbox (blocking; the admin API uses <see cref="DeleteAsync"/>).</summary>
    public bool Delete(string name) => DeleteAsync(name).GetAwaiter().GetResult();

    /// <summary>
    /// Deletes a sandbox (docs/decisions.md, "Sandboxes under concurrency"): it leaves the list at once (new calls get
    /// "no sandbox named …"), then waits for the calls in flight, refuses the ones waiting, clears its pooled
    /// connections and removes its files (live, template, and any journal/WAL/SHM beside them).
    /// </summary>
    public async Task<bool> DeleteAsync(string name)
    {
        await lifecycle.WaitAsync();
        try
        {
            return await RemoveAsync(name);
        }
        finally
        {
            lifecycle.Release();
        }
    }

    private async Task<bool> RemoveAsync(string name)
    {
        if (name == DefaultName || !sandboxes.TryRemove(name, out var sandbox))
        {
            return false;
        }

        sandbox.Notifications.Reset(); // its deliveries in flight stop retrying
        await sandbox.Gate.RunExclusiveAsync(() =>
        {
            foreach (var db in new[] { sandbox.Database, sandbox.Template })
            {
                db.ClearPool();
                RegistryDatabase.DeleteFiles(db.Path);
            }
        }, close: true);
        NativeHeap.Trim();
        return true;
    }

    /// <summary>Resets a sandbox and tells how long the copy took, in milliseconds (blocking; the admin API uses <see cref="ResetAsync"/>).</summary>
    public double Reset(Sandbox sandbox) => ResetAsync(sandbox).GetAwaiter().GetResult();

    /// <summary>
    /// Resets a sandbox once the calls in flight have ended (new ones wait for the reset, then go on in the reset
    /// state); tells how long the reset itself took, in milliseconds, or -1 when the sandbox was deleted meanwhile.
    /// </summary>
    public async Task<double> ResetAsync(Sandbox sandbox)
    {
        double milliseconds = -1;
        await sandbox.Gate.RunExclusiveAsync(() =>
        {
            var watch = Stopwatch.StartNew();
            sandbox.Reset();
            milliseconds = watch.Elapsed.TotalMilliseconds;
        }, close: false);
        if (milliseconds >= 0)
        {
            SandboxReset?.Invoke(sandbox);
        }

        return milliseconds;
    }

    /// <summary>
    /// Removes the files a previous run left in the sandboxes folder (docs/decisions.md, "Sandboxes at restart"):
    /// sandboxes made through the API live as long as the process; the prepared population templates stay.
    /// </summary>
    private void RemoveLeftovers(string registryPath)
    {
        string registry = Path.GetFullPath(registryPath);
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            // The served registry (and its ".initial", journal, WAL) is never a leftover, should the folder hold it.
            string full = Path.GetFullPath(file);
            bool isRegistry = Path.GetDirectoryName(full) == Path.GetDirectoryName(registry)
                && Path.GetFileName(full).StartsWith(Path.GetFileName(registry), StringComparison.Ordinal);
            if (LeftoverPattern().IsMatch(Path.GetFileName(full)) && !isRegistry)
            {
                File.Delete(full);
            }
        }
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

    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,64}(\.template)?\.db(-journal|-wal|-shm)?$")]
    private static partial Regex LeftoverPattern();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex NamePattern();
}
