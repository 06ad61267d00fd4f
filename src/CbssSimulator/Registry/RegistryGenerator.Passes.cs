using System.Collections.Concurrent;
using CbssSimulator.Registry.Personas;
using CbssSimulator.Sources.Employment;
using CbssSimulator.Sources.SelfEmployment;
using CbssSimulator.Sources.Unemployment;
using CbssSimulator.Sources.Vesta;
using Microsoft.Data.Sqlite;

namespace CbssSimulator.Registry;

public static partial class RegistryGenerator
{
    /// <summary>
    /// Persons built, written and passed over at a time (whole households, so a chunk is a little larger): few, so a
    /// chunk's rows are garbage before the garbage collector has to keep them for long (docs/decisions.md, "Streaming
    /// generation").
    /// </summary>
    private const int Chunk = 2_000;

    /// <summary>What the later passes need of the population once it is written.</summary>
    private sealed record Population(int Persons, int Generated, VestaGeneration.Residents Residents);

    /// <summary>A chunk of households with all that is drawn from it alone, and the progress told while it was built.</summary>
    private sealed record DrawnChunk(List<PersonRow> Persons, List<AddressRow> Addresses, List<SectorInscriptionRow> Inscriptions,
        List<PastName> Names, List<PastNationality> Nationalities, List<RnFact> Facts, int Generated, int[] Told);

    /// <summary>
    /// Builds the population a chunk of households at a time and writes each chunk with what is drawn from it alone:
    /// the persons, their addresses, other sectors' integrations, past names and nationalities, National Register
    /// facts. Each pass keeps its randomizer from chunk to chunk, so the registry is the one a single list gave
    /// (docs/decisions.md, "Streaming generation"). The drawing runs on a thread of its own, a chunk ahead of the writing,
    /// which keeps the connection and tells the progress on the caller's thread.
    /// </summary>
    private static Population WritePopulation(GenerationInserts inserts, GenerationOptions options, int size, Action<int>? progress)
    {
        var residents = new VestaGeneration.Residents(CpasList(), options.Reference);
        using var chunks = new BlockingCollection<DrawnChunk>(boundedCapacity: 1);
        using var stop = new CancellationTokenSource();
        var drawing = Task.Factory.StartNew(() => Draw(options, size, residents, chunks, stop.Token), TaskCreationOptions.LongRunning);
        int persons = 0;
        int generated = 0;
        try
        {
            foreach (var chunk in chunks.GetConsumingEnumerable())
            {
                inserts.Persons(chunk.Persons);
                inserts.Addresses(chunk.Addresses);
                inserts.SectorInscriptions(chunk.Inscriptions);
                inserts.LegalHistory(chunk.Names, chunk.Nationalities);
                inserts.Facts(chunk.Facts);
                persons += chunk.Persons.Count;
                generated += chunk.Generated;
                foreach (int told in chunk.Told)
                {
                    progress?.Invoke(told);
                }
            }
        }
        catch
        {
            stop.Cancel();
            drawing.ContinueWith(_ => { }, TaskScheduler.Default).Wait(); // the writing's failure is the one to report
            throw;
        }

        drawing.GetAwaiter().GetResult(); // a failure while drawing ended the chunks early: it is the generation's
        return new Population(persons, generated, residents);
    }

    /// <summary>
    /// The drawing: the builder and the passes that need nothing but the chunk, in order. The random passes skip the
    /// personas (their sources are written from the catalogue), so they draw as before; the National Register facts
    /// take everyone.
    /// </summary>
    private static void Draw(GenerationOptions options, int size, VestaGeneration.Residents residents, BlockingCollection<DrawnChunk> chunks, CancellationToken stop)
    {
        try
        {
            var builder = new PopulationBuilder(options.Seed, options.Reference);
            var sectors = new OtherSectors.Pass(options.Seed, options.Reference);
            var legal = new LegalHistory.Pass(options.Seed, options.Reference);
            var facts = new NationalRegisterFacts.Pass(options.Seed, options.Reference);
            var told = new List<int>();
            builder.Build(options.Persons, size, (persons, addresses) =>
            {
                var generated = persons.Where(p => !PersonaCatalogue.IsPersona(p.Ssin)).ToList();
                var inscriptions = sectors.Next(generated);
                var (names, nationalities) = legal.Next(generated);
                var rnFacts = facts.Next(persons, addresses, nationalities.Select(n => n.Ssin).ToHashSet(StringComparer.Ordinal));
                residents.Add(generated, addresses);
                chunks.Add(new DrawnChunk(persons, addresses, inscriptions, names, nationalities, rnFacts, generated.Count, [.. told]), stop);
                told.Clear();
            }, told.Add);
        }
        finally
        {
            chunks.CompleteAdding();
        }
    }

    /// <summary>A chunk's employments, self-employments and unemployment rights.</summary>
    private sealed record CareerRows(List<EmploymentRow> Jobs, List<SelfEmploymentRow> Activities, List<UnemploymentRow> Rights);

    /// <summary>
    /// Careers, self-employment and unemployment, over the generated persons read back in the order they were written
    /// (the careers draw their employers first, as many as the number of persons asks for), a chunk at a time. A
    /// chunk's employments and self-employments are all the later passes need of them: each is a person's own. Each
    /// chunk is drawn on the thread pool, after the chunk before it, while that one is written and the next read.
    /// </summary>
    private static void WriteCareers(SqliteConnection c, SqliteTransaction tx, GenerationInserts inserts, int generated, GenerationOptions options, int size)
    {
        var careers = new Careers.Pass(options.Seed, options.Reference, generated);
        var selfEmployment = new SelfEmployedCareers.Pass(options.Seed, options.Reference);
        var unemployment = new UnemploymentRights.Pass(options.Seed, options.Reference);
        inserts.Employers(careers.Employers);
        long after = 0;
        Task<CareerRows>? drawing = null;
        try
        {
            do
            {
                var chunk = ReadBack(c, tx, size, ref after);
                var drawn = drawing?.GetAwaiter().GetResult(); // the draws run one after the other, in order
                drawing = chunk.Count == 0 ? null : Task.Run(() => DrawCareers(chunk, careers, selfEmployment, unemployment));
                if (drawn is not null)
                {
                    inserts.Employments(drawn.Jobs);
                    inserts.SelfEmployments(drawn.Activities);
                    inserts.Unemployments(drawn.Rights);
                }
            }
            while (drawing is not null);
        }
        finally
        {
            drawing?.ContinueWith(_ => { }, TaskScheduler.Default).Wait(); // a draw still running when the writing failed
        }
    }

    private static CareerRows DrawCareers(List<PersonRow> chunk, Careers.Pass careers, SelfEmployedCareers.Pass selfEmployment, UnemploymentRights.Pass unemployment)
    {
        var jobs = careers.Next(chunk);
        var workers = jobs.Where(j => j.WorkerType == "OTH").Select(j => j.Ssin).ToHashSet(StringComparer.Ordinal);
        var activities = selfEmployment.Next(chunk, workers);
        var bySsin = jobs.GroupBy(j => j.Ssin, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(j => j.StartDate, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var rights = unemployment.Next(chunk, bySsin, activities.Select(a => a.Ssin).ToHashSet(StringComparer.Ordinal));
        return new CareerRows(jobs, activities, rights);
    }

    /// <summary>The next generated persons (personas aside) after row <paramref name="after"/>, with what the careers read of them.</summary>
    private static List<PersonRow> ReadBack(SqliteConnection c, SqliteTransaction tx, int size, ref long after)
    {
        using var read = c.CreateCommand();
        read.Transaction = tx;
        read.CommandText = "SELECT rowid, Ssin, Register, BirthDate, DeathDate, FamilyRole FROM Person WHERE rowid > $after ORDER BY rowid LIMIT $n";
        read.Parameters.AddWithValue("$after", after);
        read.Parameters.AddWithValue("$n", size);
        var chunk = new List<PersonRow>();
        using var reader = read.ExecuteReader();
        bool any = false;
        while (reader.Read())
        {
            any = true;
            after = reader.GetInt64(0);
            string ssin = reader.GetString(1);
            if (!PersonaCatalogue.IsPersona(ssin))
            {
                chunk.Add(new PersonRow
                {
                    Ssin = ssin,
                    Register = reader.GetString(2),
                    BirthDate = reader.GetString(3),
                    DeathDate = reader.IsDBNull(4) ? null : reader.GetString(4),
                    FamilyRole = reader.IsDBNull(5) ? null : reader.GetString(5),
                });
            }
        }

        return any && chunk.Count == 0 ? ReadBack(c, tx, size, ref after) : chunk; // a chunk of personas only: read on
    }
}
