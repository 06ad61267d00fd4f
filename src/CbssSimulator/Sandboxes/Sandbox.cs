using CbssSimulator.Clock;
using CbssSimulator.Integrations;
using CbssSimulator.Registry;

namespace CbssSimulator.Sandboxes;

/// <summary>
/// An isolated simulator state: its own registry database (reset from a prepared template), clock offset, journal and
/// injected faults. The root paths are the sandbox named <see cref="SandboxRegistry.DefaultName"/>.
/// </summary>
public sealed class Sandbox
{
    public Sandbox(string name, RegistryDatabase database, RegistryDatabase template, TimeProvider wall, int journalCapacity, string origin)
    {
        Name = name;
        Database = database;
        Template = template;
        Origin = origin;
        Clock = new SimulatorClock(wall);
        Journal = new Journal(journalCapacity);
        Persons = new PersonStore(database);
        Cpas = new CpasStore(database);
        Integrations = new IntegrationStore(database);
        Control = new IntegrationControl(Integrations, Clock);
    }

    public string Name { get; }

    /// <summary>How it was made: "registry", "seed 42, 500 persons", "scenario ris-couple".</summary>
    public string Origin { get; }

    public RegistryDatabase Database { get; }

    /// <summary>The prepared initial state a reset copies back.</summary>
    public RegistryDatabase Template { get; }

    public SimulatorClock Clock { get; }

    public Journal Journal { get; }

    /// <summary>Held shared by every call using the sandbox, exclusively by its reset and delete.</summary>
    public SandboxGate Gate { get; } = new();

    public FaultPlan Faults { get; } = new();

    public PersonStore Persons { get; }

    public CpasStore Cpas { get; }

    public IntegrationStore Integrations { get; }

    public IntegrationControl Control { get; }

    /// <summary>Its life events' next due date and its notifications' delivery log (docs/decisions.md, "Notifications and CPAS Online").</summary>
    public Notifications.SandboxNotifications Notifications { get; } = new();

    /// <summary>The scenario the sandbox was made from: its expectations and person ids.</summary>
    public Scenarios.ScenarioSettings? Scenario { get; private set; }

    /// <summary>Applies a scenario's clock, faults and expectations (its data is already in the database).</summary>
    public void Configure(Scenarios.ScenarioSettings scenario)
    {
        Scenario = scenario;
        InitialToday = scenario.Today;
        InitialFaults = (scenario.Faults, scenario.FaultSeed);
        Reset();
    }

    /// <summary>The clock offset a reset returns to (a scenario's "today").</summary>
    public DateOnly? InitialToday { get; set; }

    /// <summary>The fault rules the sandbox was made with (a scenario's); a reset restores them with their counts.</summary>
    public (IReadOnlyList<FaultRule> Rules, int Seed) InitialFaults { get; set; } = ([], 0);

    /// <summary>Returns the sandbox to its initial state: database copied back with SQLite's backup API, clock, journal, faults.</summary>
    public void Reset()
    {
        Faults.Set(InitialFaults.Rules, InitialFaults.Seed);
        RegistryDatabase.Copy(Template, Database, disposable: Name != SandboxRegistry.DefaultName); // the default sandbox's file outlives the process
        Clock.Reset();
        if (InitialToday is { } today)
        {
            Clock.SetToday(today);
        }

        Journal.Clear();
        Notifications.Reset();
    }
}

/// <summary>The sandbox of the current request (set by <see cref="SandboxMiddleware"/>; the default one otherwise).</summary>
public sealed class CurrentSandbox(SandboxRegistry registry)
{
    private Sandbox? sandbox;

    public Sandbox Sandbox
    {
        get => sandbox ?? registry.Default;
        set => sandbox = value;
    }
}
