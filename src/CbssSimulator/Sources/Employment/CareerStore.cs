using CbssSimulator.Registry;
using Dapper;

namespace CbssSimulator.Sources.Employment;

/// <summary>One DmfA quarter at one employer: wages and days, computed from the Dimona period (so every source agrees).</summary>
public sealed record DmfaQuarter(int Year, int Quarter, string EmployerCbe, double GrossWage, int DaysWorked, int WorkingTime, string WorkerType);

/// <summary>Reads careers (Dapper) and computes DmfA quarters from them.</summary>
public sealed class CareerStore(RegistryDatabase db)
{
    public IReadOnlyList<EmploymentRow> Employments(string ssin)
    {
        const string sql = "SELECT * FROM Employment WHERE Ssin = @ssin ORDER BY StartDate";
        using var c = db.Open();
        return c.Query<EmploymentRow>(sql, new { ssin }).ToList();
    }

    /// <summary>The ordinary construction employers (joint committee 124): the Belgian clients of posted workers.</summary>
    public IReadOnlyList<EmployerRow> ConstructionClients()
    {
        const string sql = "SELECT * FROM Employer WHERE JointCommittee = '124' AND Kind = 'ordinary' ORDER BY Cbe";
        using var c = db.Open();
        return c.Query<EmployerRow>(sql).ToList();
    }

    public EmployerRow? Employer(string cbe)
    {
        const string sql = "SELECT * FROM Employer WHERE Cbe = @cbe";
        using var c = db.Open();
        return c.QuerySingleOrDefault<EmployerRow>(sql, new { cbe });
    }

    /// <summary>
    /// DmfA for a quarter: the monthly wage for each month of the quarter the period covers (prorated by days), and the
    /// weekdays worked scaled by the working time (modelled computation).
    /// </summary>
    public static DmfaQuarter? Quarter(EmploymentRow job, int year, int quarter, DateOnly today)
    {
        var qStart = new DateOnly(year, (quarter - 1) * 3 + 1, 1);
        var qEnd = qStart.AddMonths(3).AddDays(-1);
        var start = IsoDate.Parse(job.StartDate);
        var end = job.EndDate is null ? today : IsoDate.Parse(job.EndDate);
        var from = start > qStart ? start : qStart;
        var to = end < qEnd ? end : qEnd;
        if (from > to || qStart > today)
        {
            return null;
        }

        int days = 0, weekdays = 0;
        double wage = 0;
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            wage += job.MonthlyWage / DateTime.DaysInMonth(d.Year, d.Month);
            days++;
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                weekdays++;
            }
        }

        return new DmfaQuarter(year, quarter, job.EmployerCbe, Math.Round(wage, 2), (int)Math.Round(weekdays * job.WorkingTime / 100.0), job.WorkingTime, job.WorkerType);
    }

    /// <summary>The gross wages of a calendar year, all employers (what the tax assessment of that income year starts from).</summary>
    public double GrossWages(string ssin, int year, DateOnly today) =>
        Employments(ssin).SelectMany(j => Enumerable.Range(1, 4).Select(q => Quarter(j, year, q, today))).Sum(q => q?.GrossWage ?? 0);
}
