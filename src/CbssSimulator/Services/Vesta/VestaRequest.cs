using System.Xml.Linq;
using CbssSimulator.Integrations;

namespace CbssSimulator.Services.Vesta;

/// <summary>The roles an SSIN of a Vesta key has.</summary>
internal static class VestaRoles
{
    public const string Client = "client";
    public const string Collaborator = "collaborator";
}

/// <summary>One performance line of a request: a collaborator and the times or the duration.</summary>
internal sealed record VestaPerformanceLine(string Collaborator, string? StartTime, string? StopTime, decimal? Hours);

/// <summary>A Vesta request as the handler reads it (one type for the 34 services, contracts/ssdn/SSDN/Vesta/Vesta.xsd).</summary>
internal sealed record VestaRequest(
    string Service,
    IReadOnlyList<(string Ssin, string Role)> Key,
    string? HomeCareService,
    string? DossierNumber,
    DateOnly? Date,
    Period? Period,
    string? LicenceNumber,
    string? Function,
    string? HelpType,
    int? Municipality,
    string? Profile,
    decimal? Contribution,
    string? CareStatus,
    IReadOnlyList<VestaPerformanceLine> Performances)
{
    public static readonly XNamespace V = "http://www.ksz-bcss.fgov.be/XSD/SSDN/Vesta";

    /// <summary>The first field whose value the simulator cannot hold (an amount out of range), else null.</summary>
    public string? Invalid { get; init; }

    public IEnumerable<string> Clients => Key.Where(k => k.Role == VestaRoles.Client).Select(k => k.Ssin);

    public IEnumerable<string> Collaborators => Key.Where(k => k.Role == VestaRoles.Collaborator).Select(k => k.Ssin);

    public static VestaRequest Read(XElement request)
    {
        string service = request.Name.LocalName[..^"Request".Length];
        string? Text(string name) => request.Element(V + name)?.Value.Trim() is { Length: > 0 } t ? t : null;
        DateOnly? Day(XElement? e) => e is null ? null : IsoDate.Parse(e.Value.Trim()[..10]);
        string? invalid = null;
        decimal? Number(string? text, string field)
        {
            if (text is null)
            {
                return null;
            }

            // An amount the schema lets through but no home-care service charges (over a million) is named, not stored.
            if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1_000_000)
            {
                return value;
            }

            invalid ??= field;
            return null;
        }
        var key = request.Element(V + "Key")!.Elements(V + "SSIN")
            .Select(s => (s.Value.Trim(), (string?)s.Attribute("role") ?? VestaRoles.Client)).ToList();
        var period = request.Element(V + "Period") is { } p ? new Period(Day(p.Element(V + "StartDate"))!.Value, Day(p.Element(V + "EndDate"))) : (Period?)null;
        var lines = request.Elements(V + "Performance").Select(l => new VestaPerformanceLine(l.Element(V + "Collaborator")!.Value.Trim(),
            l.Element(V + "StartTime")?.Value.Trim(), l.Element(V + "StopTime")?.Value.Trim(), Number(l.Element(V + "Hours")?.Value.Trim(), "Performance/Hours"))).ToList();
        return new VestaRequest(service, key, Text("HomeCareService"), Text("DossierNumber"), Day(request.Element(V + "Date")), period,
            Text("LicenceNumber"), Text("Function"), Text("HelpType"),
            Text("Municipality") is { } nis ? int.Parse(nis, NumberStyles.Integer, CultureInfo.InvariantCulture) : null,
            Text("Profile"), Number(Text("Contribution"), "Contribution"), Text("CareStatus"), lines) { Invalid = invalid };
    }
}

/// <summary>What a Vesta service's control is measured against (seed 003, per row; docs/vesta.md).</summary>
internal enum ControlOn
{
    /// <summary>The fictitious reference period: the day D (the message's optional dates are not used).</summary>
    Reference,
    /// <summary>The date in the message (removal, validity, end, "vanaf", validFromDate): required.</summary>
    Date,
    /// <summary>The period in the message (employment, active or help period): required.</summary>
    Period,
}

/// <summary>The 34 Vesta services: their catalogue operation and what their control is measured against.</summary>
internal static class VestaServices
{
    public const string Version = "20120403";

    public static readonly IReadOnlyDictionary<string, ControlOn> ControlledOn = new Dictionary<string, ControlOn>(StringComparer.Ordinal)
    {
        ["VestaConsultlicence"] = ControlOn.Reference,
        ["VestaConsultEmployment"] = ControlOn.Period,
        ["VestaConsultDossier"] = ControlOn.Reference,
        ["VestaConsultClient"] = ControlOn.Reference,
        ["VestaConsultPerformance"] = ControlOn.Reference,
        ["VestaCancelMostRecentProfile"] = ControlOn.Date,
        ["VestaCancelMostRecentContribution"] = ControlOn.Reference,
        ["VestaCancelMostRecentCareStatusses"] = ControlOn.Date,
        ["VestaCancelEmployment"] = ControlOn.Date,
        ["VestaAddProfile"] = ControlOn.Reference,
        ["VestaAddContribution"] = ControlOn.Reference,
        ["VestaEndEmployment"] = ControlOn.Date,
        ["VestaEmployPerson"] = ControlOn.Period,
        ["VestaDeletePerformance"] = ControlOn.Date,
        ["VestaCreateStartTimeStopTimePerformance"] = ControlOn.Date,
        ["VestaCreateNewCareStatus"] = ControlOn.Date,
        ["VestaCreateDurationPerformance"] = ControlOn.Date,
        ["VestaCreateDossier"] = ControlOn.Date,
        ["VestaCorrectProfile"] = ControlOn.Reference,
        ["VestaCorrectEmployment"] = ControlOn.Date,
        ["VestaCorrectDossier"] = ControlOn.Reference,
        ["VestaCorrectContribution"] = ControlOn.Reference,
        ["VestaCorrectCareStatusses"] = ControlOn.Date,
        ["VestaUndoEndEmployment"] = ControlOn.Date,
        ["VestaCloseActivePeriod"] = ControlOn.Period,
        ["VestaCorrectActivePeriod"] = ControlOn.Date,
        ["VestaCreateActivePeriod"] = ControlOn.Period,
        ["VestaDeleteActivePeriod"] = ControlOn.Period,
        ["VestaUndoCloseActivePeriod"] = ControlOn.Period,
        ["VestacreateHelpPeriod"] = ControlOn.Period,
        ["VestacorrectHelpPeriod"] = ControlOn.Period,
        ["VestacloseHelpPeriod"] = ControlOn.Period,
        ["VestadeleteHelpPeriod"] = ControlOn.Period,
        ["VestaundocloseHelpPeriod"] = ControlOn.Period,
    };

    public static IEnumerable<string> Ids => ControlledOn.Keys;

    public static string Operation(string service) => service.StartsWith("VestaConsult", StringComparison.Ordinal) ? "consult" : "update";

    /// <summary>The period the row's control is measured against (null: the day D), or the missing field's name.</summary>
    public static string? ControlPeriod(VestaRequest r, out Period? period)
    {
        period = null;
        switch (ControlledOn[r.Service])
        {
            case ControlOn.Date when r.Date is null:
                return "Date";
            case ControlOn.Date:
                period = new Period(r.Date.Value, r.Date.Value);
                return null;
            case ControlOn.Period when r.Period is null:
                return "Period";
            case ControlOn.Period:
                period = r.Period;
                return null;
            default:
                return null;
        }
    }
}
