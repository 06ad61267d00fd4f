using CbssSimulator.Sources.Employment;
using CbssSimulator.Sources.SelfEmployment;
using CbssSimulator.Sources.Unemployment;
using Microsoft.Data.Sqlite;

namespace CbssSimulator.Registry;

/// <summary>
/// The generation's inserts into its large tables, each prepared once (<see cref="BulkInsert"/>), with the columns in
/// the order the tables declare them.
/// </summary>
internal sealed class GenerationInserts(SqliteConnection c) : IDisposable
{
    private readonly BulkInsert person = new(c, "INSERT INTO Person VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    private readonly BulkInsert address = new(c, "INSERT INTO Address VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    private readonly BulkInsert sector = new(c, "INSERT INTO SectorInscription VALUES (?, ?, ?, ?, ?)");
    private readonly BulkInsert name = new(c, "INSERT INTO NameHistory VALUES (?, ?, ?, ?, ?)");
    private readonly BulkInsert nationality = new(c, "INSERT INTO NationalityHistory VALUES (?, ?, ?, ?)");
    private readonly BulkInsert naturalised = new(c, "UPDATE Person SET Nationality = 150 WHERE Ssin = ?");
    private readonly BulkInsert fact = new(c, "INSERT INTO RnFact VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    private readonly BulkInsert employer = new(c, "INSERT INTO Employer VALUES (?, ?, ?, ?, ?)");
    private readonly BulkInsert employment = new(c, """
        INSERT INTO Employment (Ssin, EmployerCbe, WorkerType, StartDate, EndDate, WorkingTime, MonthlyWage) VALUES (?, ?, ?, ?, ?, ?, ?)
        """);
    private readonly BulkInsert selfEmployment = new(c, """
        INSERT INTO SelfEmployment (Ssin, StartDate, EndDate, Category, FundCode, AnnualIncome, Irregular) VALUES (?, ?, ?, ?, ?, ?, ?)
        """);
    private readonly BulkInsert unemployment = new(c, """
        INSERT INTO Unemployment (Ssin, Nature, StartDate, EndDate, DailyAmount, SanctionStart, SanctionEnd) VALUES (?, ?, ?, ?, ?, ?, ?)
        """);

    public void Persons(IEnumerable<PersonRow> rows)
    {
        foreach (var p in rows)
        {
            person.Run(p.Ssin, p.Register, p.LastName, p.FirstNames, p.LastKey, p.FirstKeys, p.BirthDate, p.Sex, p.Nationality, p.CivilState,
                p.CivilStateSince, p.PartnerSsin, p.BirthPlaceNis, p.BirthPlaceName, p.BirthCountry, p.DeathDate, p.SisCard, p.EidCard,
                p.EidValidFrom, p.EidValidTo, p.HouseholdId, p.FamilyRole, p.HouseholdSince, p.RegisteredSince);
        }
    }

    public void Addresses(IEnumerable<AddressRow> rows)
    {
        foreach (var a in rows)
        {
            address.Run(a.Ssin, a.Seq, a.FromDate, a.ToDate, a.PostalCode, a.NisCode, a.Municipality, a.Language, a.StreetCode, a.Street,
                a.HouseNumber, a.Box);
        }
    }

    public void SectorInscriptions(IEnumerable<SectorInscriptionRow> rows)
    {
        foreach (var s in rows)
        {
            sector.Run(s.Ssin, s.Sector, s.QualityCode, s.StartDate, s.EndDate);
        }
    }

    /// <summary>Past names and nationalities; a naturalised person's current nationality becomes Belgian.</summary>
    public void LegalHistory(IEnumerable<PastName> names, IReadOnlyList<PastNationality> nationalities)
    {
        foreach (var n in names)
        {
            name.Run(n.Ssin, n.LastName, n.FirstNames, n.FromDate, n.ToDate);
        }

        foreach (var n in nationalities)
        {
            nationality.Run(n.Ssin, n.Code, n.FromDate, n.ToDate);
        }

        foreach (var n in nationalities)
        {
            naturalised.Run(n.Ssin);
        }
    }

    public void Facts(IEnumerable<RnFact> rows)
    {
        foreach (var f in rows)
        {
            fact.Run(f.Ssin, f.Ti, f.FromDate, f.ToDate, f.Code, f.Number, f.Place, f.Related, f.Other, f.Expiry, f.Text);
        }
    }

    public void Employers(IEnumerable<EmployerRow> rows)
    {
        foreach (var e in rows)
        {
            employer.Run(e.Cbe, e.Name, e.JointCommittee, e.Kind, e.NisCode);
        }
    }

    public void Employments(IEnumerable<EmploymentRow> rows)
    {
        foreach (var j in rows)
        {
            employment.Run(j.Ssin, j.EmployerCbe, j.WorkerType, j.StartDate, j.EndDate, j.WorkingTime, j.MonthlyWage);
        }
    }

    public void SelfEmployments(IEnumerable<SelfEmploymentRow> rows)
    {
        foreach (var s in rows)
        {
            selfEmployment.Run(s.Ssin, s.StartDate, s.EndDate, s.Category, s.FundCode, s.AnnualIncome, s.Irregular);
        }
    }

    public void Unemployments(IEnumerable<UnemploymentRow> rows)
    {
        foreach (var u in rows)
        {
            unemployment.Run(u.Ssin, u.Nature, u.StartDate, u.EndDate, u.DailyAmount, u.SanctionStart, u.SanctionEnd);
        }
    }

    public void Dispose()
    {
        foreach (var insert in new[] { person, address, sector, name, nationality, naturalised, fact, employer, employment, selfEmployment, unemployment })
        {
            insert.Dispose();
        }
    }
}
