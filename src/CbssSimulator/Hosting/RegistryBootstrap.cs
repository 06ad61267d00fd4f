using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CbssSimulator.Registry;

namespace CbssSimulator.Hosting;

/// <summary>Options of the registry (section "Registry", or --registry / --seed / --persons).</summary>
public sealed class RegistryOptions
{
    /// <summary>
    /// The SQLite file served. Default <c>data/registry.db</c> under the working folder (docs/decisions.md, "Generation
    /// does not read the clock").
    /// </summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Registry:Path (--registry, --db) must name a file.")]
    public string Path { get; set; } = "data/registry.db";

    /// <summary>Seed used when the file must be generated. Default 42.</summary>
    public int Seed { get; set; } = 42;

    /// <summary>Size used when the file must be generated. Default 10,000.</summary>
    [Range(0, 10_000_000, ErrorMessage = "Registry:Persons (--persons) must lie between {1} and {2}.")]
    public int Persons { get; set; } = 10_000;
}

/// <summary>
/// Opens the registry <c>serve</c> uses, generating it when the file is missing, was made by another generator
/// version, or was made with another seed or size than the ones given explicitly.
/// </summary>
public static class RegistryBootstrap
{
    /// <summary>
    /// Binds the "Registry" section and the command-line values that override it (--db, --registry, --seed, --persons):
    /// the one place <see cref="RegistryOptions"/> is read (validated at start by the host).
    /// </summary>
    public static void Bind(RegistryOptions options, IConfiguration configuration)
    {
        configuration.GetSection("Registry").Bind(options);
        // --registry on the command line sets the value of the "Registry" key itself.
        options.Path = configuration["db"] is { Length: > 0 } dbOption ? dbOption
            : string.IsNullOrEmpty(configuration["registry"]) ? options.Path : configuration["registry"]!;
        if (configuration["seed"] is { } seed)
        {
            options.Seed = Number("--seed", seed);
        }

        if (configuration["persons"] is { } persons)
        {
            options.Persons = Number("--persons", persons);
        }
    }

    private static int Number(string option, string value) => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n)
        ? n : throw new FormatException($"{option} must be a whole number, not '{value}'.");

    /// <summary>With <c>--scenario FILE</c>: a registry made afresh from the scenario (its population, persons, integrations).</summary>
    public static (RegistryDatabase Database, Scenarios.ScenarioSettings? Scenario) OpenForServe(IConfiguration configuration, RegistryOptions options, ILogger logger)
    {
        if (configuration["scenario"] is not { Length: > 0 } file)
        {
            return (Open(configuration, options, logger), null);
        }

        var scenario = Scenarios.ScenarioLoader.Load(file);
        var path = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.Path))!, $"scenario-{scenario.Name}.db");
        logger.LogInformation("Serving the scenario {Scenario} from {File} (registry {Path})", scenario.Name, file, path);
        var db = RegistryGenerator.Generate(new GenerationOptions(scenario.Population?.Seed ?? 42, scenario.Population?.Persons ?? 0), path);
        return (db, Scenarios.ScenarioBuilder.Apply(scenario, db));
    }

    public static RegistryDatabase Open(IConfiguration configuration, RegistryOptions options, ILogger logger)
    {
        bool explicitSeed = (configuration["seed"] ?? configuration["Registry:Seed"]) is not null;
        bool explicitPersons = (configuration["persons"] ?? configuration["Registry:Persons"]) is not null;
        var db = new RegistryDatabase(options.Path);
        var meta = File.Exists(options.Path) ? db.ReadMeta() : new Dictionary<string, string>();
        string? reason = meta.Count == 0 ? "no registry file yet"
            : meta.GetValueOrDefault("GeneratorVersion") != RegistryDatabase.GeneratorVersion ? "the file was made by another generator version"
            : explicitSeed && meta.GetValueOrDefault("Seed") != options.Seed.ToString(CultureInfo.InvariantCulture) ? "another seed was asked for"
            : explicitPersons && meta.GetValueOrDefault("Persons") != options.Persons.ToString(CultureInfo.InvariantCulture) ? "another size was asked for"
            : null;
        if (reason is not null)
        {
            logger.LogInformation("Generating the registry {Path} ({Reason}): seed {Seed}, {Persons} persons", options.Path, reason, options.Seed, options.Persons);
            var started = System.Diagnostics.Stopwatch.StartNew();
            db = RegistryGenerator.Generate(new GenerationOptions(options.Seed, options.Persons), options.Path);
            logger.LogInformation("Registry generated in {Ms} ms", started.ElapsedMilliseconds);
        }
        else
        {
            logger.LogInformation("Serving the registry {Path}: seed {Seed}, {Persons} persons", options.Path, meta["Seed"], meta["Persons"]);
        }

        return db;
    }
}
