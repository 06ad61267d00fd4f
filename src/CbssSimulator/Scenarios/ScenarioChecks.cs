using CbssSimulator.Integrations;
using CbssSimulator.Registry;
using CbssSimulator.Sandboxes;

namespace CbssSimulator.Scenarios;

/// <summary>The domain rules a scenario must follow beyond its schema; each problem with its line.</summary>
internal static class ScenarioChecks
{
    public static IReadOnlyList<ScenarioError> Check(ScenarioFile s, Func<string, int> line, string file)
    {
        var errors = new List<ScenarioError>();
        void Fail(string path, string reason) => errors.Add(new ScenarioError(file, line(path), reason));

        var today = Date(s.Today, "today", Fail) ?? new DateOnly(2026, 1, 1);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var ssins = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < s.Cpas.Count; i++)
        {
            if (!Kbo.IsValid(s.Cpas[i].Cbe))
            {
                Fail($"cpas[{i}].cbe", $"'{s.Cpas[i].Cbe}' is not a valid KBO/BCE number (mod-97 check).");
            }
        }

        for (int i = 0; i < s.Persons.Count; i++)
        {
            var p = s.Persons[i];
            string at = $"persons[{i}]";
            if (p.Id is not null && !ids.Add(p.Id))
            {
                Fail($"{at}.id", $"The id '{p.Id}' is used twice.");
            }

            if (!IncompleteDate.TryParse(p.BirthDate, out var birth))
            {
                Fail($"{at}.birthDate", $"'{p.BirthDate}' is not a date (yyyy-MM-dd, yyyy-MM-00 or yyyy-00-00).");
            }
            else if (p.Ssin is not null)
            {
                CheckSsin(p, birth, $"{at}.ssin", Fail);
            }

            if (p.Ssin is not null && !ssins.Add(p.Ssin))
            {
                Fail($"{at}.ssin", $"The SSIN {p.Ssin} is given to two persons.");
            }

            if (p.Sex == 0 && p.Register != Registers.Bis)
            {
                Fail($"{at}.sex", "Only a BIS number can have an unknown sex (0).");
            }

            Date(p.DeathDate, $"{at}.deathDate", Fail);
            Date(p.CivilStateSince, $"{at}.civilStateSince", Fail);
            Date(p.Address?.Since, $"{at}.address.since", Fail);
            if (p.Address is { } a && !Geography.Municipalities.Any(m => m.PostalCodes.Contains(a.PostalCode)))
            {
                Fail($"{at}.address.postalCode", $"{a.PostalCode} is not a Belgian postal code.");
            }

            CheckSources(p.Sources, $"{at}.sources", Fail);
        }

        foreach (var household in s.Persons.Where(p => p.Household is not null).GroupBy(p => p.Household))
        {
            if (household.Count(p => p.Role == "head") != 1)
            {
                Fail($"persons[{s.Persons.IndexOf(household.First())}].household", $"The household '{household.Key}' must have exactly one head.");
            }
        }

        for (int i = 0; i < s.Integrations.Count; i++)
        {
            var g = s.Integrations[i];
            string at = $"integrations[{i}]";
            Reference(g.Person, $"{at}.person", ids, Fail);
            if (!Kbo.IsValid(g.Cpas))
            {
                Fail($"{at}.cpas", $"'{g.Cpas}' is not a valid KBO/BCE number.");
            }

            if (Date(g.Start, $"{at}.start", Fail) is { } start)
            {
                var end = Date(g.End, $"{at}.end", Fail);
                var rules = RegistrationRules.Check(g.QualityCode, start, end, today);
                if (rules.Error is not null)
                {
                    Fail(at, rules.Error);
                }
            }
        }

        var vesta = (s.Vesta?.Employments ?? []).Select((e, i) => ($"vesta.employments[{i}]", e.Person, e.Cpas, e.Start, e.End))
            .Concat((s.Vesta?.Dossiers ?? []).Select((d, i) => ($"vesta.dossiers[{i}]", d.Person, d.Cpas, d.Start, (string?)null)));
        foreach (var (at, person, cpas, start, end) in vesta)
        {
            Reference(person, $"{at}.person", ids, Fail);
            if (!Kbo.IsValid(cpas))
            {
                Fail($"{at}.cpas", $"'{cpas}' is not a valid KBO/BCE number.");
            }
            else if (RegionOf(s, cpas) is var region && region != Regions.Flanders)
            {
                Fail($"{at}.cpas", $"Vesta is open to Flemish CPAS only; CPAS {cpas} lies in the region '{region}' (give it region: Flanders in cpas:, or name a Flemish CPAS).");
            }

            if (Date(start, $"{at}.start", Fail) is { } from && Date(end, $"{at}.end", Fail) is { } to && to < from)
            {
                Fail($"{at}.end", "The end lies before the start.");
            }
        }

        for (int i = 0; i < (s.Faults?.Rules.Count ?? 0); i++)
        {
            var r = s.Faults!.Rules[i];
            if (new FaultRule(r.Service, r.Operation, FaultKind.Delay, r.DelayMs, r.DelayMaxMs, r.Probability, r.Count).Problem() is { } problem)
            {
                Fail($"faults.rules[{i}]", problem);
            }
        }

        for (int i = 0; i < s.Expectations.Count; i++)
        {
            var x = s.Expectations[i];
            Reference(x.Person, $"expectations[{i}].person", ids, Fail);
            if (Catalogue.CatalogueNames.Problem(x.Service, x.Operation, wildcard: false) is { } name)
            {
                Fail($"expectations[{i}].{(Catalogue.CatalogueNames.Problem(x.Service, null, wildcard: false) is null ? "operation" : "service")}", name);
            }

            if (Catalogue.CatalogueNames.CodeProblem(x.Code) is { } code)
            {
                Fail($"expectations[{i}].code", code);
            }

            if (x.Never && (x.Count > 0 || x.Min > 0))
            {
                Fail($"expectations[{i}]", "'never' cannot go with a count or a minimum above 0.");
            }
        }

        for (int i = 0; i < s.Events.Count; i++)
        {
            var e = s.Events[i];
            if (Notifications.EventKinds.Problem(e) is { } problem)
            {
                Fail($"events[{i}]", problem);
            }

            Reference(e.Person, $"events[{i}].person", ids, Fail);
            Reference(e.Partner, $"events[{i}].partner", ids, Fail);
        }

        for (int i = 0; i < s.Cpas.Count; i++)
        {
            if (s.Cpas[i].Endpoint is { } url && Notifications.NotificationStore.UrlProblem(url) is { } problem)
            {
                Fail($"cpas[{i}].endpoint", problem);
            }
        }

        for (int i = 0; i < s.OnlineRequests.Count; i++)
        {
            Reference(s.OnlineRequests[i].Ssin, $"onlineRequests[{i}].ssin", ids, Fail);
            Date(s.OnlineRequests[i].SubmittedOn, $"onlineRequests[{i}].submittedOn", Fail);
        }

        return errors.OrderBy(e => e.Line).ToList();
    }

    private static void CheckSsin(PersonSpec p, IncompleteDate birth, string at, Action<string, string> fail)
    {
        switch (Ssin.Check(p.Ssin))
        {
            case SsinCheck.BadPattern:
                fail(at, $"{p.Ssin} is not an SSIN (month, day or sequence out of range).");
                return;
            case SsinCheck.BadChecksum:
                fail(at, $"{p.Ssin} has a wrong check number (mod 97).");
                return;
        }

        if (Ssin.BirthDate(p.Ssin!) != birth)
        {
            fail(at, $"{p.Ssin} encodes the birth date {Ssin.BirthDate(p.Ssin!)}, not {p.BirthDate}.");
        }

        if (p.Sex is { } sex && sex != Ssin.Sex(p.Ssin!))
        {
            fail(at, $"{p.Ssin} encodes sex {Ssin.Sex(p.Ssin!)} (sequence parity), not {sex}.");
        }

        if ((Ssin.Kind(p.Ssin!) != SsinKind.Rn) != (p.Register == Registers.Bis))
        {
            fail(at, $"{p.Ssin} is {(Ssin.Kind(p.Ssin!) == SsinKind.Rn ? "a National Register" : "a BIS")} number but the register says {p.Register}.");
        }
    }

    private static readonly Lazy<Dictionary<string, string>> GeneratedRegions = new(() => RegistryGenerator.CpasList().ToDictionary(c => c.Cbe, c => c.Region));

    /// <summary>A CPAS's region as the scenario's database will hold it: its cpas: entry, else the generated CPAS's, else unknown.</summary>
    private static string RegionOf(ScenarioFile s, string cbe) =>
        s.Cpas.FirstOrDefault(c => c.Cbe == cbe) is { } spec
            ? spec.Region ?? Geography.Municipalities.FirstOrDefault(m => m.NisCode == spec.NisCode)?.Region ?? Regions.Unknown
            : GeneratedRegions.Value.GetValueOrDefault(cbe, Regions.Unknown);

    private static void Reference(string? person, string at, HashSet<string> ids, Action<string, string> fail)
    {
        if (person is not null && !ids.Contains(person) && Ssin.Check(person) != SsinCheck.Valid && Registry.Personas.PersonaCatalogue.Find(person) is null)
        {
            fail(at, $"'{person}' is neither the id of a person of this scenario, a persona (docs/personas.md) nor a valid SSIN.");
        }
    }

    private static void CheckSources(SourcesSpec? sources, string at, Action<string, string> fail)
    {
        var periods = (sources?.Employments ?? []).Select((e, i) => ($"{at}.employments[{i}]", e.Start, e.End))
            .Concat((sources?.SelfEmployment ?? []).Select((e, i) => ($"{at}.selfEmployment[{i}]", e.Start, e.End)))
            .Concat((sources?.Unemployment ?? []).Select((e, i) => ($"{at}.unemployment[{i}]", e.Start, e.End)));
        foreach (var (path, start, end) in periods)
        {
            var from = Date(start, $"{path}.start", fail);
            if (Date(end, $"{path}.end", fail) is { } to && from is { } f && to < f)
            {
                fail($"{path}.end", $"The period ends ({end}) before it starts ({start}).");
            }
        }

        for (int i = 0; i < (sources?.Unemployment.Count ?? 0); i++)
        {
            var u = sources!.Unemployment[i];
            var (from, to) = (Date(u.SanctionStart, $"{at}.unemployment[{i}].sanctionStart", fail), Date(u.SanctionEnd, $"{at}.unemployment[{i}].sanctionEnd", fail));
            if ((from is null) != (to is null) || (from is { } f && to is { } t && t < f))
            {
                fail($"{at}.unemployment[{i}].sanctionEnd", "A sanction needs both sanctionStart and sanctionEnd, the end not before the start.");
            }
        }

        for (int i = 0; i < (sources?.Employments.Count ?? 0); i++)
        {
            if (!Kbo.IsValid(sources!.Employments[i].Employer))
            {
                fail($"{at}.employments[{i}].employer", $"'{sources.Employments[i].Employer}' is not a valid KBO/BCE number (mod-97 check).");
            }
        }
    }

    private static DateOnly? Date(string? text, string at, Action<string, string> fail)
    {
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }

        fail(at, $"'{text}' is not a date written yyyy-MM-dd.");
        return null;
    }
}
