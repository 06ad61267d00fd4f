using CbssSimulator.Integrations;
using CbssSimulator.Sources.SelfEmployment;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CbssSimulator.Registry.Personas;

/// <summary>Writes what the personas have at the sources (employment, self-employment, unemployment, integrations, names, replaced numbers).</summary>
public static class PersonaSources
{
    /// <summary>The personas' employer: the same in every registry.</summary>
    public static readonly string EmployerCbe = Kbo.Create(3_999_991);

    public static void Write(SqliteConnection c, SqliteTransaction tx, DateOnly reference)
    {
        var cpas = RegistryGenerator.CpasList().ToDictionary(x => x.NisCode ?? 0, x => x.Cbe);
        c.Execute("INSERT INTO Employer VALUES (@Cbe, 'Atelier Personae', '200', 'ordinary', 21004)", new { Cbe = EmployerCbe }, tx);
        foreach (var p in PersonaCatalogue.All)
        {
            string municipalityCpas = cpas[p.Address!.NisCode];
            if (p.Job is { } job)
            {
                c.Execute("""
                    INSERT INTO Employment (Ssin, EmployerCbe, WorkerType, StartDate, EndDate, WorkingTime, MonthlyWage)
                    VALUES (@Ssin, @EmployerCbe, @Kind, @Start, @End, @WorkingTime, @Amount)
                    """, new { p.Ssin, EmployerCbe, Kind = p.JobKind, job.Start, job.End, job.WorkingTime, job.Amount }, tx);
            }

            if (p.SelfEmployed is { } self)
            {
                c.Execute("""
                    INSERT INTO SelfEmployment (Ssin, StartDate, EndDate, Category, FundCode, AnnualIncome, Irregular)
                    VALUES (@Ssin, @Start, @End, 'PRINCIPAL', @Fund, @Amount, 0)
                    """, new { p.Ssin, self.Start, self.End, Fund = SelfEmployedCareers.Funds.Keys.First(), self.Amount }, tx);
            }

            if (p.Unemployment is { } u)
            {
                c.Execute("""
                    INSERT INTO Unemployment (Ssin, Nature, StartDate, EndDate, DailyAmount) VALUES (@Ssin, 'FULL_UNEMPLOYMENT', @Start, @End, @Amount)
                    """, new { p.Ssin, u.Start, u.End, u.Amount }, tx);
            }

            if (p.Integration is { } code)
            {
                var start = PersonaCatalogue.Date(p.IntegrationStart!, reference);
                var end = QualityCodes.Find(code)!.MaxEnd(start);
                c.Execute("INSERT INTO Integration (Ssin, Cbe, QualityCode, StartDate, EndDate) VALUES (@Ssin, @Cbe, @code, @Start, @End)",
                    new { p.Ssin, Cbe = municipalityCpas, code, Start = Iso(start), End = end is { } e ? Iso(e) : null }, tx);
            }

            if (p.FormerLastName is { } former)
            {
                c.Execute("INSERT INTO NameHistory VALUES (@Ssin, @former, @FirstNames, @BirthDate, @FormerUntil)",
                    new { p.Ssin, former, p.FirstNames, p.BirthDate, p.FormerUntil }, tx);
            }

            if (p.OldSsin is { } old)
            {
                c.Execute("INSERT INTO Replacement (OldSsin, NewSsin, ReplacedOn, Cbe) VALUES (@old, @Ssin, '2019-04-01', @municipalityCpas)",
                    new { old, p.Ssin, municipalityCpas }, tx);
            }
        }
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
