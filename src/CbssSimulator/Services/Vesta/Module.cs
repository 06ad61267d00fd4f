using CbssSimulator.Catalogue;
using CbssSimulator.Hosting;
using CbssSimulator.Sources.Vesta;

namespace CbssSimulator.Services.Vesta;

/// <summary>
/// Vesta (Vlaams Agentschap Zorg en Gezondheid): the 34 services of seed 003 §4.16 behind sendXML, Flemish CPAS only,
/// one family of modelled messages (contracts/ssdn/SSDN/Vesta/Vesta.xsd), over the Vesta world of <see cref="VestaWorld"/>.
/// </summary>
public sealed class VestaModule : ServiceModule
{
    private const string Contract = "modelled (no public schema found): one family of Vesta messages, the SSINs in the Key";

    public override IReadOnlyList<string> Tables => [VestaWorld.Schema];

    public override IReadOnlyList<SsdnServiceRow> SsdnServices { get; } = VestaServices.Ids
        .Select(id => SsdnServiceRow.Of<VestaService>(id, VestaServices.Version, VestaRequest.V + (id + "Request"), ["ssdn/SSDN/Vesta/Vesta.xsd"]))
        .ToList();

    public override IReadOnlyList<ServedOperation> Operations => VestaServices.Ids
        .Select(id => SsdnOperation(id, VestaServices.Operation(id), Contract, x => Example(id, x))).ToList();

    public override IEnumerable<string> Codes => VestaReasons.All.Select(r => r.Code);

    public override IReadOnlyList<PersonStateView> PersonState { get; } =
    [
        new("vesta", (sp, person) => sp.GetRequiredService<VestaWorld>().AboutPerson(person.Ssin).Select(r => new
        {
            cpas = r.Cpas, kind = r.Kind, dossierNumber = r.DossierNumber, homeCareService = r.HomeCareService, ssin = r.Ssin, value = r.Value,
            extra = r.Extra, start = r.StartDate, end = r.EndDate,
        })),
    ];

    /// <summary>An example body: the SSIN in the key in the role the service asks for, dates at D, a dossier found by its client.</summary>
    private static string Example(string id, ExampleContext x)
    {
        bool collaborator = id.Contains("Employ", StringComparison.Ordinal) || id.Contains("CareStatus", StringComparison.Ordinal)
            || id.Contains("licence", StringComparison.Ordinal);
        bool performance = id.Contains("Performance", StringComparison.Ordinal);
        string key = performance
            ? $"""<v:SSIN role="client">{x.Ssin}</v:SSIN><v:SSIN role="collaborator">{x.Ssin}</v:SSIN>"""
            : $"""<v:SSIN role="{(collaborator ? "collaborator" : "client")}">{x.Ssin}</v:SSIN>""";
        string period(string? end = null) => $"<v:Period><v:StartDate>{x.Today}</v:StartDate>{(end is null ? "" : $"<v:EndDate>{end}</v:EndDate>")}</v:Period>";
        string later = IsoDate.Text(x.Date.AddMonths(1));
        string line = $"<v:Performance><v:Collaborator>{x.Ssin}</v:Collaborator>"
            + (id.Contains("StartTime", StringComparison.Ordinal) ? "<v:StartTime>09:00</v:StartTime><v:StopTime>12:30</v:StopTime>"
                : id.Contains("Duration", StringComparison.Ordinal) ? "<v:Hours>2.5</v:Hours>" : "") + "</v:Performance>";
        string fields = VestaServices.ControlledOn[id] switch
        {
            ControlOn.Date => $"<v:Date>{x.Today}</v:Date>",
            ControlOn.Period => id.Contains("close", StringComparison.OrdinalIgnoreCase) && !id.Contains("Undo", StringComparison.OrdinalIgnoreCase) ? period(later) : period(),
            _ => "",
        };
        fields += id switch
        {
            "VestaEmployPerson" or "VestaCorrectEmployment" => "<v:Function>verzorgende</v:Function>",
            "VestaCreateNewCareStatus" or "VestaCorrectCareStatusses" => "<v:CareStatus>erkend</v:CareStatus>",
            "VestaCreateDossier" or "VestaCorrectDossier" or "VestacreateHelpPeriod" or "VestacorrectHelpPeriod" => "<v:HelpType>gezinszorg</v:HelpType>",
            "VestaAddProfile" or "VestaCorrectProfile" => "<v:Profile>BEL-35</v:Profile>",
            "VestaAddContribution" or "VestaCorrectContribution" => "<v:Contribution>4.50</v:Contribution>",
            _ => "",
        };
        if (id == "VestaCorrectActivePeriod")
        {
            fields += period();
        }

        if (performance && id != "VestaConsultPerformance")
        {
            fields += line;
        }

        return $"""
            <v:{id}Request xmlns:v="{VestaRequest.V}">
              <v:Key>{key}</v:Key>{fields}
            </v:{id}Request>
            """;
    }
}
