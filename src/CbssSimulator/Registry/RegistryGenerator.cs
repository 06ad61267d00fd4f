using CbssSimulator.Sources.Employment;
using CbssSimulator.Sources.SelfEmployment;
using CbssSimulator.Sources.Sppis;
using CbssSimulator.Sources.Unemployment;
using Dapper;

namespace CbssSimulator.Registry;

/// <summary>What a registry is generated from; stored in its Meta table.</summary>
public sealed record GenerationOptions(int Seed = 42, int Persons = 10_000, DateOnly? ReferenceDate = null)
{
    /// <summary>
    /// Ages and dates are computed against this day, never against the clock (docs/decisions.md, "Generation does not
    /// read the clock").
    /// </summary>
    public DateOnly Reference => ReferenceDate ?? new DateOnly(2026, 1, 1);
}

/// <summary>Writes a registry file: the same options give the same content.</summary>
public static class RegistryGenerator
{
    /// <param name="progress">Told every 25,000 persons built (long generations show progress).</param>
    /// <param name="phase">Told as each later phase starts (writing persons, careers…), so a long generation is never silent.</param>
    public static RegistryDatabase Generate(GenerationOptions options, string path, Action<int>? progress = null, Action<string>? phase = null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            File.Delete(path + suffix);
        }

        var builder = new PopulationBuilder(options.Seed, options.Reference);
        builder.Build(options.Persons, progress);

        phase?.Invoke("writing persons and addresses");
        var db = new RegistryDatabase(path);
        using var c = db.Open();
        c.Execute(RegistryDatabase.Schema);
        c.Execute(NationalRegisterFacts.Schema);
        c.Execute(Careers.Schema);
        c.Execute(SelfEmployedCareers.Schema);
        c.Execute(UnemploymentRights.Schema);
        c.Execute(SppisStore.Schema);
        c.Execute(AttestationStore.Schema);
        c.Execute(Notifications.NotificationStore.Schema);
        c.Execute(CpasOnline.CpasOnlineStore.Schema);
        foreach (var table in Hosting.ServiceModules.Tables)
        {
            c.Execute(table);
        }

        using var tx = c.BeginTransaction();
        var meta = new Dictionary<string, string>
        {
            ["Seed"] = options.Seed.ToString(),
            ["Persons"] = options.Persons.ToString(),
            ["ReferenceDate"] = options.Reference.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["GeneratorVersion"] = RegistryDatabase.GeneratorVersion,
        };
        c.Execute("INSERT INTO Meta (Key, Value) VALUES (@Key, @Value)", meta.Select(kv => new { kv.Key, kv.Value }), tx);
        c.Execute("""
            INSERT INTO Cpas (Cbe, Name, NisCode, Region, Origin) VALUES (@Cbe, @Name, @NisCode, @Region, @Origin)
            """, CpasList(), tx);
        c.Execute("""
            INSERT INTO Person VALUES (@Ssin, @Register, @LastName, @FirstNames, @LastKey, @FirstKeys, @BirthDate, @Sex,
              @Nationality, @CivilState, @CivilStateSince, @PartnerSsin, @BirthPlaceNis, @BirthPlaceName, @BirthCountry,
              @DeathDate, @SisCard, @EidCard, @EidValidFrom, @EidValidTo, @HouseholdId, @FamilyRole, @HouseholdSince, @RegisteredSince)
            """, builder.Persons, tx);
        c.Execute("""
            INSERT INTO Address VALUES (@Ssin, @Seq, @FromDate, @ToDate, @PostalCode, @NisCode, @Municipality, @Language,
              @StreetCode, @Street, @HouseNumber, @Box)
            """, builder.Addresses, tx);
        // The random passes skip the personas (their sources are written from the catalogue), so they draw as before.
        var generated = builder.Persons.Where(p => !Personas.PersonaCatalogue.IsPersona(p.Ssin)).ToList();
        phase?.Invoke("other sectors' integrations, names and nationalities");
        c.Execute("INSERT INTO SectorInscription VALUES (@Ssin, @Sector, @QualityCode, @StartDate, @EndDate)",
            OtherSectors.Generate(generated, options.Seed, options.Reference), tx);
        var (names, nationalities) = LegalHistory.Generate(generated, options.Seed, options.Reference);
        LegalHistory.Write(c, tx, names, nationalities);
        phase?.Invoke("National Register facts (filiation, documents, waiting register)");
        NationalRegisterFacts.Write(c, tx, NationalRegisterFacts.Generate(builder.Persons, builder.Addresses,
            nationalities.Select(n => n.Ssin).ToHashSet(StringComparer.Ordinal), options.Seed, options.Reference));
        phase?.Invoke("careers (Dimona, DmfA), self-employment, unemployment");
        Careers.Generate(c, tx, generated, options.Seed, options.Reference);
        SelfEmployedCareers.Generate(c, tx, generated, options.Seed, options.Reference);
        UnemploymentRights.Generate(c, tx, generated, options.Seed, options.Reference);
        Sources.Vesta.VestaGeneration.Generate(c, tx, generated, builder.Addresses, CpasList(), options.Seed, options.Reference);
        if (builder.Persons.Count > 0)
        {
            Personas.PersonaSources.Write(c, tx, options.Reference);
        }
        phase?.Invoke("committing");
        tx.Commit();
        return db;
    }

    /// <summary>One CPAS per municipality; Eupen's is 0212344876, the number seen in real BCSS replies.</summary>
    public static IEnumerable<CpasRow> CpasList() => Geography.Municipalities.Select((m, i) => new CpasRow
    {
        Cbe = m.NisCode == 63023 ? "0212344876" : Kbo.Create(2_070_000 + i * 13),
        Name = m.Language switch { "nl" => "OCMW " + m.Name, "de" => "ÖSHZ " + m.Name, _ => "CPAS de " + m.Name },
        NisCode = m.NisCode,
        Region = m.Region,
        Origin = "generated",
    });
}
