using System.Xml.Linq;
using CbssSimulator.Registry;
using CbssSimulator.Sources.Vesta;
using CbssSimulator.Wire.Ssdn;
using K = CbssSimulator.Sources.Vesta.VestaKinds;

namespace CbssSimulator.Services.Vesta;

/// <summary>Why a Vesta action could not be done: its reason code and what it names.</summary>
internal sealed record VestaProblem(ReasonCode Reason, (string Name, string? Value)[] Information);

/// <summary>What a Vesta action answers: FOUND / NOT_FOUND / DONE and the records it shows, or a problem.</summary>
internal sealed record VestaResult(string Result, IReadOnlyList<XElement> Elements, VestaProblem? Problem = null);

/// <summary>
/// What each Vesta service does to the caller's part of the Vesta world (docs/vesta.md, "What each service does").
/// The records a CPAS reads and changes are those its home-care service keeps.
/// </summary>
internal sealed class VestaActions(VestaWorld world, CpasRow caller, DateOnly today)
{
    private readonly VestaWriter write = new(world);

    public VestaResult Run(VestaRequest r) => r.Service switch
    {
        "VestaConsultlicence" => Found(r.Collaborators.Where(s => world.BySsin(caller.Cbe, K.Employment, s).Count > 0).Select(write.Collaborator(caller.Cbe))),
        "VestaConsultEmployment" => Found(r.Collaborators.SelectMany(s => world.BySsin(caller.Cbe, K.Employment, s)).Where(e => VestaWriter.PeriodOf(e).Overlaps(r.Period!.Value)).Select(write.Employment)),
        "VestaConsultDossier" => r.DossierNumber is null && !r.Clients.Any() ? Missing("DossierNumber")
            : Found(Dossiers(r).Select(write.Dossier)),
        "VestaConsultClient" => Found(r.Clients.SelectMany(c => world.BySsin(caller.Cbe, K.Dossier, c)).Select(write.Dossier)),
        "VestaConsultPerformance" => Found(Performances(r).Select(VestaWriter.Performance)),
        "VestaEmployPerson" => Collaborator(r, s => Employ(r, s)),
        "VestaEndEmployment" => Collaborator(r, s => Employment(s, e => e.EndDate is null || IsoDate.Parse(e.EndDate) >= r.Date!.Value, r.Date!.Value, e =>
            e with { PreviousEnd = e.EndDate, EndDate = IsoDate.Text(r.Date!.Value) })),
        "VestaUndoEndEmployment" => Collaborator(r, s => Employment(s, e => e.EndDate is not null, r.Date!.Value, e => e with { EndDate = e.PreviousEnd, PreviousEnd = null })),
        "VestaCancelEmployment" => Collaborator(r, s => Employment(s, e => e.StartDate == IsoDate.Text(r.Date!.Value), r.Date!.Value, null)),
        "VestaCorrectEmployment" => Collaborator(r, s => Employment(s, e => e.StartDate == IsoDate.Text(r.Date!.Value), r.Date!.Value, e => e with
        {
            StartDate = r.Period is { } p ? IsoDate.Text(p.Start) : e.StartDate,
            EndDate = r.Period is { } q ? (q.End is { } end ? IsoDate.Text(end) : null) : e.EndDate,
            Value = r.Function ?? e.Value, Extra = r.LicenceNumber ?? e.Extra,
        })),
        "VestaCreateNewCareStatus" => r.CareStatus is null ? Missing("CareStatus")
            : Collaborator(r, s => Done(write.Collaborator(caller.Cbe)(Add(K.CareStatus, s, null, r.CareStatus, null, r.Date!.Value).Ssin!))),
        "VestaCorrectCareStatusses" => r.CareStatus is null ? Missing("CareStatus") : Collaborator(r, s => Latest(world.BySsin(caller.Cbe, K.CareStatus, s), e => e with { Value = r.CareStatus }, () => write.Collaborator(caller.Cbe)(s))),
        "VestaCancelMostRecentCareStatusses" => Collaborator(r, s => Latest(world.BySsin(caller.Cbe, K.CareStatus, s), null, () => write.Collaborator(caller.Cbe)(s))),
        "VestaCreateDossier" => Client(r, c => Done(write.Dossier(Add(K.Dossier, c, world.NextDossierNumber(), r.HelpType ?? "gezinszorg",
            (r.Municipality ?? caller.NisCode ?? 0).ToString(CultureInfo.InvariantCulture), r.Date!.Value)))),
        "VestaCorrectDossier" => InDossier(r, d => Change(d, d with
        {
            Value = r.HelpType ?? d.Value, Extra = r.Municipality?.ToString(CultureInfo.InvariantCulture) ?? d.Extra,
            StartDate = r.Date is { } from ? IsoDate.Text(from) : d.StartDate,
        })),
        "VestaAddProfile" => r.Profile is null ? Missing("Profile") : InDossier(r, d => AddTo(d, K.Profile, r.Profile, r.Date ?? today)),
        "VestaCorrectProfile" => r.Profile is null ? Missing("Profile") : InDossier(r, d => LatestIn(d, K.Profile, e => e with { Value = r.Profile })),
        "VestaCancelMostRecentProfile" => InDossier(r, d => LatestIn(d, K.Profile, null)),
        "VestaAddContribution" => r.Contribution is null ? Missing("Contribution") : InDossier(r, d => AddTo(d, K.Contribution, Amount(r), r.Date ?? today)),
        "VestaCorrectContribution" => r.Contribution is null ? Missing("Contribution") : InDossier(r, d => LatestIn(d, K.Contribution, e => e with { Value = Amount(r) })),
        "VestaCancelMostRecentContribution" => InDossier(r, d => LatestIn(d, K.Contribution, null)),
        "VestaCreateActivePeriod" => InDossier(r, d => AddTo(d, K.ActivePeriod, null, r.Period!.Value.Start, r.Period.Value.End)),
        "VestacreateHelpPeriod" => InDossier(r, d => AddTo(d, K.HelpPeriod, r.HelpType ?? d.Value, r.Period!.Value.Start, r.Period.Value.End)),
        "VestaCloseActivePeriod" or "VestacloseHelpPeriod" => r.Period!.Value.End is not { } close ? Missing("Period/EndDate")
            : InDossier(r, d => Starting(r, d, p => p with { PreviousEnd = p.EndDate, EndDate = IsoDate.Text(close) })),
        "VestaUndoCloseActivePeriod" or "VestaundocloseHelpPeriod" => InDossier(r, d => Starting(r, d, p => p with { EndDate = p.PreviousEnd, PreviousEnd = null })),
        "VestaDeleteActivePeriod" or "VestadeleteHelpPeriod" => InDossier(r, d => Starting(r, d, null)),
        "VestaCorrectActivePeriod" => InDossier(r, d => Starting(r with { Period = new(r.Date!.Value, null) }, d, p => r.Period is { } n
            ? p with { StartDate = IsoDate.Text(n.Start), EndDate = n.End is { } e ? IsoDate.Text(e) : null } : p)),
        "VestacorrectHelpPeriod" => InDossier(r, d => Starting(r, d, p => p with { Value = r.HelpType ?? p.Value, EndDate = r.Period!.Value.End is { } e ? IsoDate.Text(e) : null })),
        "VestaCreateStartTimeStopTimePerformance" => r.Performances.Any(l => l.StartTime is null || l.StopTime is null) ? Missing("Performance/StartTime, StopTime")
            : InDossier(r, d => Done([.. r.Performances.Select(l => VestaWriter.Performance(Add(K.Performance, l.Collaborator, d.DossierNumber,
                VestaWriter.Hours(l.StartTime!, l.StopTime!), $"{l.StartTime}-{l.StopTime}", r.Date!.Value)))])),
        "VestaCreateDurationPerformance" => r.Performances.Any(l => l.Hours is null) ? Missing("Performance/Hours")
            : InDossier(r, d => Done([.. r.Performances.Select(l => VestaWriter.Performance(Add(K.Performance, l.Collaborator, d.DossierNumber,
                l.Hours!.Value.ToString("0.00", CultureInfo.InvariantCulture), null, r.Date!.Value)))])),
        "VestaDeletePerformance" => InDossier(r, d => DeletePerformances(r, d)),
        _ => throw new InvalidOperationException($"No Vesta action for {r.Service}."),
    };

    private static VestaResult Found(IEnumerable<XElement> elements)
    {
        var list = elements.ToList();
        return new VestaResult(list.Count > 0 ? "FOUND" : "NOT_FOUND", list);
    }

    private static VestaResult Done(params XElement[] elements) => new("DONE", elements);

    private static VestaResult Missing(string field) => new("", [], new VestaProblem(SsdnReasonCodes.Mandatory, [(field, null)]));

    private static VestaResult NotFound(params (string Name, string? Value)[] info) => new("", [], new VestaProblem(VestaReasons.NotFound, info));

    private static string Amount(VestaRequest r) => r.Contribution!.Value.ToString("0.00", CultureInfo.InvariantCulture);

    private VestaRecord Add(string kind, string? ssin, string? dossier, string? value, string? extra, DateOnly start, DateOnly? end = null) =>
        world.Add(new VestaRecord(0, caller.Cbe, kind, ssin, dossier, caller.Cbe, value, extra, IsoDate.Text(start), end is { } e ? IsoDate.Text(e) : null, null));

    private VestaResult Collaborator(VestaRequest r, Func<string, VestaResult> act) =>
        r.Collaborators.FirstOrDefault() is { } s ? act(s) : Missing("Key/SSIN[@role='collaborator']");

    private VestaResult Client(VestaRequest r, Func<string, VestaResult> act) =>
        r.Clients.FirstOrDefault() is { } c ? act(c) : Missing("Key/SSIN[@role='client']");

    private VestaResult Employ(VestaRequest r, string ssin)
    {
        string service = r.HomeCareService ?? world.OwnHomeCareService(caller).Cbe;
        if (world.HomeCareServiceOf(service) is not { } known || known.Cpas != caller.Cbe)
        {
            return NotFound(("HomeCareService", service));
        }

        var p = r.Period!.Value;
        var job = world.Add(new VestaRecord(0, caller.Cbe, K.Employment, ssin, null, known.Cbe, r.Function ?? "verzorgende",
            r.LicenceNumber ?? VestaWorld.LicenceNumberFor(ssin), IsoDate.Text(p.Start), p.End is { } e ? IsoDate.Text(e) : null, null));
        return Done(write.Employment(job));
    }

    /// <summary>The collaborator's latest employment that <paramref name="which"/> selects: changed, or removed when <paramref name="change"/> is null.</summary>
    private VestaResult Employment(string ssin, Func<VestaRecord, bool> which, DateOnly date, Func<VestaRecord, VestaRecord>? change)
    {
        var job = world.BySsin(caller.Cbe, K.Employment, ssin).Where(e => IsoDate.Parse(e.StartDate) <= date || e.StartDate == IsoDate.Text(date)).LastOrDefault(which);
        if (job is null)
        {
            return NotFound(("Employment", ssin), ("Date", IsoDate.Text(date)));
        }

        if (change is null)
        {
            world.Remove(job.Id);
            return Done(write.Collaborator(caller.Cbe)(ssin));
        }

        var changed = change(job);
        world.Update(changed);
        return Done(write.Employment(changed));
    }

    private VestaResult Latest(IReadOnlyList<VestaRecord> records, Func<VestaRecord, VestaRecord>? change, Func<XElement> show)
    {
        if (records.Count == 0)
        {
            return NotFound(("MostRecent", "none"));
        }

        var latest = records[^1];
        if (change is null)
        {
            world.Remove(latest.Id);
        }
        else
        {
            world.Update(change(latest));
        }

        return Done(show());
    }

    private IEnumerable<VestaRecord> Dossiers(VestaRequest r)
    {
        var candidates = r.DossierNumber is { } number ? world.ByDossier(caller.Cbe, K.Dossier, number)
            : r.Clients.SelectMany(c => world.BySsin(caller.Cbe, K.Dossier, c));
        return candidates.Where(d => !r.Clients.Any() || r.Clients.Contains(d.Ssin, StringComparer.Ordinal));
    }

    /// <summary>The dossier the request names (its number, else the client's most recent one); not found → 32050001.</summary>
    private VestaResult InDossier(VestaRequest r, Func<VestaRecord, VestaResult> act)
    {
        if (r.DossierNumber is null && !r.Clients.Any())
        {
            return Missing("DossierNumber");
        }

        return Dossiers(r).LastOrDefault() is { } dossier ? act(dossier) : NotFound(("DossierNumber", r.DossierNumber ?? r.Clients.First()));
    }

    private VestaResult Change(VestaRecord before, VestaRecord after)
    {
        world.Update(after);
        return Done(write.Dossier(after));
    }

    private VestaResult AddTo(VestaRecord dossier, string kind, string? value, DateOnly start, DateOnly? end = null)
    {
        Add(kind, dossier.Ssin, dossier.DossierNumber, value, null, start, end);
        return Done(write.Dossier(dossier));
    }

    private VestaResult LatestIn(VestaRecord dossier, string kind, Func<VestaRecord, VestaRecord>? change) =>
        Latest(world.ByDossier(caller.Cbe, kind, dossier.DossierNumber!), change, () => write.Dossier(dossier));

    /// <summary>The dossier's active or help period that starts on the request's period start: changed, or removed.</summary>
    private VestaResult Starting(VestaRequest r, VestaRecord dossier, Func<VestaRecord, VestaRecord>? change)
    {
        string kind = r.Service.Contains("HelpPeriod", StringComparison.Ordinal) ? K.HelpPeriod : K.ActivePeriod;
        string start = IsoDate.Text(r.Period!.Value.Start);
        if (world.ByDossier(caller.Cbe, kind, dossier.DossierNumber!).LastOrDefault(p => p.StartDate == start) is not { } period)
        {
            return NotFound((kind, start));
        }

        if (change is null)
        {
            world.Remove(period.Id);
        }
        else
        {
            world.Update(change(period));
        }

        return Done(write.Dossier(dossier));
    }

    private IEnumerable<VestaRecord> Performances(VestaRequest r)
    {
        var dossiers = r.DossierNumber is not null || r.Clients.Any() ? Dossiers(r).Select(d => d.DossierNumber!).ToHashSet(StringComparer.Ordinal) : null;
        var all = dossiers is not null ? dossiers.SelectMany(d => world.ByDossier(caller.Cbe, K.Performance, d))
            : r.Collaborators.Any() ? r.Collaborators.SelectMany(c => world.BySsin(caller.Cbe, K.Performance, c))
            : world.HomeCareServices(caller.Cbe).Count == 0 ? [] : world.AllPerformances(caller.Cbe);
        return all.Where(p => (!r.Collaborators.Any() || r.Collaborators.Contains(p.Ssin, StringComparer.Ordinal))
            && (r.Period is not { } q || q.Contains(IsoDate.Parse(p.StartDate)))).OrderBy(p => p.StartDate, StringComparer.Ordinal).ThenBy(p => p.Id);
    }

    private VestaResult DeletePerformances(VestaRequest r, VestaRecord dossier)
    {
        string day = IsoDate.Text(r.Date!.Value);
        var doomed = world.ByDossier(caller.Cbe, K.Performance, dossier.DossierNumber!)
            .Where(p => p.StartDate == day && r.Performances.Any(l => l.Collaborator == p.Ssin)).ToList();
        if (doomed.Count == 0)
        {
            return NotFound(("Performance", day));
        }

        doomed.ForEach(p => world.Remove(p.Id));
        return Done([.. doomed.Select(VestaWriter.Performance)]);
    }
}
