using CbssSimulator.Clock;

namespace CbssSimulator.Integrations;

/// <summary>The verdict of a control: which of the caller's quality codes satisfied the row.</summary>
public sealed record ControlResult(bool Allowed, IReadOnlyList<int> MatchedCodes, string? Why = null)
{
    public static readonly ControlResult Free = new(true, []);
}

/// <summary>The verdict on every SSIN of a request: allowed when all pass, else the first SSIN that failed.</summary>
public sealed record EachVerdict(bool Allowed, IReadOnlyList<int> MatchedCodes, string? FailedSsin);

/// <summary>
/// The control engine: evaluates one row of <see cref="ControlTable"/> against the caller's integrations of a NISS
/// at the simulator date D. Pure in <see cref="Evaluate"/>; <see cref="Check"/> reads the repertory and the clock.
/// </summary>
public sealed class IntegrationControl(IntegrationStore store, SimulatorClock clock)
{
    public ControlResult Check(ControlRow row, string cbe, string ssin, Period? requested = null)
    {
        if (row.Uncontrolled)
        {
            return ControlResult.Free;
        }

        var integrations = store.ForCaller(ssin, cbe);
        var result = Evaluate(row, integrations, clock.Today, requested);
        if (!result.Allowed && Soap.CallContext.Current is { } call)
        {
            call.Refusal = Refusal(row, cbe, ssin, integrations, clock.Today, requested);
            call.RefusedRow = row;
        }

        return result;
    }

    /// <summary>
    /// The region clause of a row: null when the calling CPAS lies in the region the row requires (or the row requires
    /// none), else why not. A CPAS added by its first call has the region "unknown" and is refused
    /// (docs/decisions.md, "Flemish CPAS: Vesta and KBI").
    /// </summary>
    public static string? RegionRefusal(ControlRow row, Registry.CpasRow caller) =>
        row.Region is not { } required || caller.Region == required ? null
        : $"{row.Service}/{row.Operation} is open to the CPAS of {required} only; CPAS {caller.Cbe} ({caller.Name}) lies in the region '{caller.Region}'"
          + (caller.Origin == "caller" ? " (a CPAS added by its first call: its region is not known)." : ".");

    /// <summary>
    /// A request that carries several SSINs (a Vesta key: client and collaborators): each is controlled under the row;
    /// the first that fails refuses the whole request (seed 003, Vesta rows). The verdict names it; the matched codes
    /// are those of all SSINs when every one passes.
    /// </summary>
    public EachVerdict CheckEach(ControlRow row, string cbe, IReadOnlyList<string> ssins, Period? requested)
    {
        var matched = new SortedSet<int>();
        foreach (var ssin in ssins)
        {
            var verdict = Check(row, cbe, ssin, requested);
            if (!verdict.Allowed)
            {
                return new EachVerdict(false, [], ssin);
            }

            matched.UnionWith(verdict.MatchedCodes);
        }

        return new EachVerdict(true, matched.ToList(), null);
    }

    /// <summary>Why a control refused, for the journal: what the row asks and which integrations of the caller were looked at.</summary>
    public static string Refusal(ControlRow row, string cbe, string ssin, IReadOnlyList<Integration> looked, DateOnly today, Period? requested)
    {
        string asked = string.Join(" or ", row.Clauses.Select(c => $"quality code {string.Join("/", c.Codes.Select(q => q.ToString("000", System.Globalization.CultureInfo.InvariantCulture)))} ({c.Window.ToString().ToUpperInvariant()})"));
        string seen = looked.Count == 0 ? $"CPAS {cbe} has no integration for {ssin}"
            : $"CPAS {cbe}'s integrations for {ssin}: " + string.Join(", ", looked.Select(i => $"{i.QualityCode:000} {i.Period.Start:yyyy-MM-dd}..{(i.Period.End is { } e ? e.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "open")}"));
        return $"{row.Service}/{row.Operation} needs {asked} at {today:yyyy-MM-dd}{(requested is { } r ? $" for the period {r.Start:yyyy-MM-dd}..{r.End:yyyy-MM-dd}" : "")}; {seen}.";
    }

    public static ControlResult Evaluate(ControlRow row, IEnumerable<Integration> callerIntegrations, DateOnly today, Period? requested)
    {
        if (row.Uncontrolled)
        {
            return ControlResult.Free;
        }

        var matched = new SortedSet<int>();
        foreach (var integration in callerIntegrations)
        {
            foreach (var clause in row.Clauses.Where(c => c.Codes.Contains(integration.QualityCode)))
            {
                if (Satisfies(clause.Window, integration.Period, today, requested))
                {
                    matched.Add(integration.QualityCode);
                }
            }
        }

        return new ControlResult(matched.Count > 0, matched.ToList());
    }

    /// <summary>The window kinds of services.md §3; bounds inclusive (docs/decisions.md, "Windows include their bounds").</summary>
    public static bool Satisfies(WindowKind window, Period integration, DateOnly today, Period? requested) => window switch
    {
        WindowKind.None => true,
        WindowKind.Sysdate => integration.Contains(today),
        WindowKind.Window => integration.Overlaps(new Period(today.AddMonths(-2), today.AddDaysOrEdge(45))),
        WindowKind.Overlap => integration.Overlaps(requested ?? new Period(today, today)),
        WindowKind.Pension5Y => requested is { } r
            && r.Start >= integration.Start.AddYears(-5)
            && (integration.End is null || (r.End is { } re && re <= integration.End)),
        _ => false,
    };
}
