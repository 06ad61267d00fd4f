using System.Text;

namespace CbssSimulator.Registry.Personas;

/// <summary>What <c>GET /admin/personas</c> answers for one persona, and docs/personas.md, both from the catalogue.</summary>
public sealed record PersonaView(string Name, string Ssin, string Purpose, string Facts, string? OldSsin, string? FailsWith, bool Present);

public static class PersonaDocs
{
    public static IEnumerable<PersonaView> Views(PersonStore persons) => PersonaCatalogue.All.Select(p => new PersonaView(
        p.Name, p.Ssin, p.Purpose, p.Facts, p.OldSsin, FailOnPurpose.BySsin.TryGetValue(p.Ssin, out var f) ? f.Kind.ToString() : null,
        persons.Find(p.Ssin) is not null)).Concat(FailOnPurpose.All.Select(f => new PersonaView(f.Name, f.Ssin, Describe(f.Kind), "no person: the number only fails",
            null, f.Kind.ToString(), false)));

    public static string Describe(FailureKind kind) => kind switch
    {
        FailureKind.TechnicalError => "fails on purpose: the technical error — SOA services a SOAP fault with status MSG00003 (the service's own technical answer); SSDN an in-band ERROR with reason 30000099",
        FailureKind.Timeout => "fails on purpose: no answer — the connection is held for Personas:TimeoutSeconds, then dropped",
        FailureKind.Slow => "fails on purpose: the normal answer, after Personas:SlowMs milliseconds",
        _ => "fails on purpose: the register's services (SSDN, Tx25, BIS) answer as for any unknown number; every source service answers the technical error (MSG00003)",
    };

    /// <summary>docs/personas.md (a test regenerates it and compares).</summary>
    public static string Markdown()
    {
        var sb = new StringBuilder();
        sb.Append("""
            # Personas

            Generated from `src/CbssSimulator/Registry/Personas/PersonaCatalogue.cs` (a test keeps this file equal to it; docs/decisions.md, "Personas").
            Every generated registry holds these persons, whatever the seed (scenarios with `persons: 0` hold none), with the
            same SSIN and the same facts from one release to the next (a golden test pins them). `GET /admin/personas` (or
            `/admin/sandboxes/{name}/personas`) lists them with whether the registry at hand holds them. Their SSINs are never
            given to anyone else. Dates of "the reference date" are the registry's (`generate --reference-date`, 2026-01-01 by
            default).

            | name | SSIN | purpose | facts |
            |---|---|---|---|

            """);
        foreach (var p in PersonaCatalogue.All)
        {
            sb.Append($"| `{p.Name}` | {p.Ssin} | {p.Purpose} | {p.Facts} |\n");
        }

        sb.Append("""

            ## Personas that fail on purpose

            Calls whose validated body names one of these SSINs fail as below, from any client, in any sandbox, with no admin
            call (docs/decisions.md, "Personas that fail on purpose"). `Personas:FailOnPurpose=false` turns this off; `Personas:TimeoutSeconds` (default 30, capped
            by `Faults:TimeoutCapSeconds`) and `Personas:SlowMs` (default 3000, at most 60000) set the delays.

            | name | SSIN | what its calls get |
            |---|---|---|

            """);
        foreach (var f in FailOnPurpose.All)
        {
            string what = Describe(f.Kind)["fails on purpose: ".Length..];
            sb.Append($"| `{f.Name}` | {f.Ssin} | {what} |\n");
        }

        return sb.ToString();
    }
}
