using CbssSimulator.Integrations;
using CbssSimulator.Registry;

namespace CbssSimulator.Admin;

/// <summary>
/// A person as the dashboard shows it (docs/decisions.md, "Dashboard"):
/// <code>
/// GET /admin/persons/phonetic?lastName=&amp;firstName=&amp;birthDate=&amp;tolerance=&amp;gender=   the services' phonetic search
/// GET /admin/persons/{ssin}      legal data, household, address history, past names and nationalities, integrations of every CPAS
/// </code>
/// Both reach a sandbox through <c>/admin/sandboxes/{name}/persons/…</c>.
/// </summary>
public static class PersonPageApi
{
    /// <summary>The tolerance range IdentifyPerson and PersonServiceV4 accept (seed 000: 0 to 10).</summary>
    public const int MaxTolerance = 10;

    public static void Map(WebApplication app)
    {
        app.MapGet("/admin/persons/phonetic", (string? lastName, string? firstName, string? birthDate, int? tolerance, int? gender, PersonStore persons) =>
        {
            if (string.IsNullOrWhiteSpace(lastName) || lastName.Length > 100)
            {
                return Results.Problem("'lastName' is required (the name as heard, at most 100 characters).", statusCode: 400);
            }

            if (!IncompleteDate.TryParse(birthDate, out var birth))
            {
                return Results.Problem($"'birthDate' must be written yyyy-MM-dd, yyyy-MM-00 or yyyy-00-00, not '{birthDate}'.", statusCode: 400);
            }

            if (tolerance is < 0 or > MaxTolerance)
            {
                return Results.Problem($"'tolerance' must lie between 0 and {MaxTolerance} (days for a full date, months or years for an incomplete one).", statusCode: 400);
            }

            if (gender is not (null or 0 or 1 or 2))
            {
                return Results.Problem("'gender' is 1 (male), 2 (female) or absent.", statusCode: 400);
            }

            var hits = PhoneticSearch.Find(persons, lastName.Trim(), string.IsNullOrWhiteSpace(firstName) ? null : firstName.Trim(), birth, tolerance ?? 0, gender);
            return Results.Ok(hits.Take(100).Select(p => AdminApi.PersonView(p, persons.CurrentAddress(p.Ssin))));
        });

        app.MapGet("/admin/persons/{ssin}", (string ssin, PersonStore persons, IntegrationStore integrations, CpasStore cpas, RegistryDatabase db) =>
        {
            if (persons.Find(ssin) is not { } person)
            {
                return Results.Problem($"No person with SSIN {ssin} in this registry.", statusCode: 404);
            }

            var addresses = persons.Addresses(ssin);
            var names = cpas.All().ToDictionary(c => c.Cbe, c => c.Name, StringComparer.Ordinal);
            return Results.Ok(new
            {
                person = AdminApi.PersonView(person, addresses.LastOrDefault(a => a.ToDate is null)),
                legal = new
                {
                    civilStateSince = person.CivilStateSince,
                    partnerSsin = person.PartnerSsin,
                    birthPlace = person.BirthPlaceName,
                    birthPlaceNis = person.BirthPlaceNis,
                    birthCountry = person.BirthCountry,
                    eidValidFrom = person.EidValidFrom,
                    eidValidTo = person.EidValidTo,
                    householdSince = person.HouseholdSince,
                    registeredSince = person.RegisteredSince,
                    replacedBy = persons.ReplacedBy(ssin),
                },
                household = person.HouseholdId is { } household
                    ? persons.Household(household).Select(m => new { ssin = m.Ssin, lastName = m.LastName, firstNames = m.FirstNames, birthDate = m.BirthDate, familyRole = m.FamilyRole })
                    : [],
                addresses = addresses.Select(a => new
                {
                    from = a.FromDate, to = a.ToDate, postalCode = a.PostalCode, municipality = a.Municipality, nisCode = a.NisCode,
                    street = a.Street, houseNumber = a.HouseNumber, box = a.Box,
                }),
                pastNames = LegalHistory.PastNames(db, ssin).Select(n => new { lastName = n.LastName, firstNames = n.FirstNames, from = n.FromDate, to = n.ToDate }),
                pastNationalities = LegalHistory.PastNationalities(db, ssin).Select(n => new { code = n.Code, from = n.FromDate, to = n.ToDate }),
                integrations = integrations.ForSsin(ssin).Select(i => new
                {
                    cbeNumber = i.Cbe,
                    cpasName = names.GetValueOrDefault(i.Cbe),
                    qualityCode = i.QualityCode.ToString("000", CultureInfo.InvariantCulture),
                    start = IsoDate.Text(i.Period.Start),
                    end = i.Period.End is { } end ? IsoDate.Text(end) : null,
                }),
            });
        });
    }
}
