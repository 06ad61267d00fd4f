using System.Text.Json.Serialization;
using CbssSimulator.Catalogue;
using CbssSimulator.Clock;
using CbssSimulator.Registry;

namespace CbssSimulator.Admin;

/// <summary>
/// The admin API's answers as named types, so that the OpenAPI document gives each route its response schema
/// (docs/decisions.md, "One error shape; the OpenAPI document lists every route"). Property names are the JSON names.
/// </summary>
public sealed record HealthView(string Status, string Today, int? Seed, long Persons);

public sealed record ClockView(string Today, string Now, double OffsetDays)
{
    public static ClockView Of(SimulatorClock clock) => new(
        clock.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        clock.LocalNow.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        Math.Round(clock.Offset.TotalDays, 3));
}

public sealed record AddressView(string PostalCode, string Municipality, int NisCode, string Street, string HouseNumber, string? Box);

public sealed record PersonView(
    string Ssin, string Register, string LastName, string FirstNames, string BirthDate, int Sex, int Nationality, int CivilState,
    string? DeathDate, long? HouseholdId, string? FamilyRole, string? SisCard, string? EidCard, AddressView? Address)
{
    public static PersonView Of(PersonRow p, AddressRow? a) => new(
        p.Ssin, p.Register, p.LastName, p.FirstNames, p.BirthDate, p.Sex, p.Nationality, p.CivilState, p.DeathDate, p.HouseholdId, p.FamilyRole,
        p.SisCard, p.EidCard,
        a is null ? null : new AddressView(a.PostalCode, a.Municipality, a.NisCode, a.Street, a.HouseNumber, a.Box));
}

public sealed record CpasView(string CbeNumber, string Name, int? NisCode, string Region, string Origin)
{
    public static CpasView Of(CpasRow c) => new(c.Cbe, c.Name, c.NisCode, c.Region, c.Origin);
}

public sealed record ControlClauseView(IEnumerable<string> QualityCodes, string Window);

/// <summary>A row's control: its clauses, note, the region it requires (Flanders for Vesta/KBI) and which SSINs it controls
/// (one; each of the request, one failing refusing the whole; each if there is any).</summary>
public sealed record ControlView(string Window, IEnumerable<ControlClauseView> Clauses, string? Note, string? Region, string Ssins, string Conditions);

public sealed record ServiceView(
    string Service, string Operation, TransportStyle Style, string? ServiceId, string? Version, string? Path, string? SoapAction, string? Wsdl,
    string Contract, CatalogueState State, IReadOnlyList<string> Aliases, ControlView Control)
{
    public static ServiceView Of(CatalogueEntry e) => new(
        e.Service, e.Operation, e.Style, e.ServiceId, e.Version, e.Path, e.SoapAction, e.Wsdl, e.Contract, e.State, e.Aliases,
        new ControlView(
            e.Control.Clauses.Count == 0 ? "NONE" : string.Join(" / ", e.Control.Clauses.Select(c => c.Window.ToString().ToUpperInvariant()).Distinct()),
            e.Control.Clauses.Select(c => new ControlClauseView(c.Codes.Select(q => q.ToString("000", CultureInfo.InvariantCulture)), c.Window.ToString().ToUpperInvariant())),
            e.Control.Note,
            e.Control.Region,
            e.Control.Ssins switch { Integrations.SsinRule.Each => "each", Integrations.SsinRule.EachIfAny => "eachIfAny", _ => "one" },
            e.Control.Conditions));
}

public sealed record HomeView(string Name, string Description, IReadOnlyDictionary<string, string> Links, string Readme);

public sealed record ScenarioValidation(
    bool Valid,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Name = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Persons = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Integrations = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Expectations = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IEnumerable<string>? Errors = null);
