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
            return Results.Ok(PhoneticSearch.Rows(persons, hits.Take(100)).Select(p => PersonView.Of(p, persons.CurrentAddress(p.Ssin))));
        }).Produces<IEnumerable<PersonView>>();

        app.MapGet("/admin/persons/{ssin}", (string ssin, PersonStore persons, IntegrationStore integrations, CpasStore cpas, RegistryDatabase db) =>
        {
            if (persons.Find(ssin) is not { } person)
            {
                return Results.Problem($"No person with SSIN {ssin} in this registry.", statusCode: 404);
            }

            var addresses = persons.Addresses(ssin);
            var names = cpas.All().ToDictionary(c => c.Cbe, c => c.Name, StringComparer.Ordinal);
            return Results.Ok(new PersonPage(
                PersonView.Of(person, addresses.LastOrDefault(a => a.ToDate is null)),
                new LegalView(person.CivilStateSince, person.PartnerSsin, person.BirthPlaceName, person.BirthPlaceNis, person.BirthCountry,
                    person.EidValidFrom, person.EidValidTo, person.HouseholdSince, person.RegisteredSince, persons.ReplacedBy(ssin)),
                person.HouseholdId is { } household
                    ? persons.Household(household).Select(m => new HouseholdMember(m.Ssin, m.LastName, m.FirstNames, m.BirthDate, m.FamilyRole)).ToList()
                    : [],
                addresses.Select(a => new AddressPeriod(a.FromDate, a.ToDate, a.PostalCode, a.Municipality, a.NisCode, a.Street, a.HouseNumber, a.Box)).ToList(),
                LegalHistory.PastNames(db, ssin).Select(n => new PastNameView(n.LastName, n.FirstNames, n.FromDate, n.ToDate)).ToList(),
                LegalHistory.PastNationalities(db, ssin).Select(n => new PastNationalityView(n.Code, n.FromDate, n.ToDate)).ToList(),
                integrations.ForSsin(ssin).Select(i => new IntegrationView(
                    i.Cbe, names.GetValueOrDefault(i.Cbe), i.QualityCode.ToString("000", CultureInfo.InvariantCulture),
                    IsoDate.Text(i.Period.Start), i.Period.End is { } end ? IsoDate.Text(end) : null)).ToList()));
        }).Produces<PersonPage>();
    }
}

/// <summary>A person's page: legal data, household, address history, past names and nationalities, every CPAS's integrations.</summary>
public sealed record PersonPage(
    PersonView Person, LegalView Legal, IReadOnlyList<HouseholdMember> Household, IReadOnlyList<AddressPeriod> Addresses,
    IReadOnlyList<PastNameView> PastNames, IReadOnlyList<PastNationalityView> PastNationalities, IReadOnlyList<IntegrationView> Integrations);

public sealed record LegalView(
    string? CivilStateSince, string? PartnerSsin, string BirthPlace, int? BirthPlaceNis, int BirthCountry, string? EidValidFrom, string? EidValidTo,
    string? HouseholdSince, string RegisteredSince, string? ReplacedBy);

public sealed record HouseholdMember(string Ssin, string LastName, string FirstNames, string BirthDate, string? FamilyRole);

public sealed record AddressPeriod(string From, string? To, string PostalCode, string Municipality, int NisCode, string Street, string HouseNumber, string? Box);

public sealed record PastNameView(string LastName, string FirstNames, string From, string? To);

public sealed record PastNationalityView(int Code, string From, string? To);

public sealed record IntegrationView(string CbeNumber, string? CpasName, string QualityCode, string Start, string? End);
