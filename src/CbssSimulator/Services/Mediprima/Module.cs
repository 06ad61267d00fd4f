using CbssSimulator.Catalogue;
using CbssSimulator.Hosting;

namespace CbssSimulator.Services.Mediprima;

/// <summary>
/// MediPrima: the CPAS's eCarmed cards (ManageCarmed, modelled SOA), the providers' consultation (eHealth MediPrima
/// consult v2) and the doctors' urgent-medical-aid attestations (eHealth UMA v1); it owns the cards' and attestations' tables.
/// </summary>
public sealed class MediprimaModule : ServiceModule
{
    private const Catalogue.TransportStyle Ehealth = Catalogue.TransportStyle.EHealthSoap;
    private const string UmaContract = "public schema (eHealth MediPrima UMA v1), our text";

    public override void Register(IServiceCollection services)
    {
        services.AddScoped<CarmedStore>();
        services.AddScoped<UmaStore>();
    }

    public override IReadOnlyList<string> Tables => [CarmedStore.Schema, UmaStore.Schema];

    public override IReadOnlyList<PersonStateView> PersonState { get; } =
    [
        new("carmedCards", (sp, person) => sp.GetRequiredService<CarmedStore>().ForSsin(person.Ssin).Select(c => new
        {
            eCarmedNumber = c.Number, c.Version, cbeNumber = c.Cbe, c.StartDate, c.EndDate, c.RefundCode, c.BeneficiaryStatus, c.Status,
        })),
        new("urgentMedicalAid", (sp, person) => sp.GetRequiredService<UmaStore>().ForSsin(person.Ssin)
            .Select(a => new { attestationNumber = a.Number, a.AuthorId, a.StartDate, a.EndDate, a.MedicalCover })),
    ];

    public override IEnumerable<string> Codes => UmaErrors.All.Select(c => c.Code);

    public override IReadOnlyList<SoapService> SoapEndpoints { get; } =
    [
        SoapService.Of<IManageCarmedService, ManageCarmedService>(ManageCarmedNamespaces.Path, ManageCarmedService.Endpoint),
        SoapService.Of<IMediPrimaConsultService, MediPrimaConsultService>(MediPrimaConsultNamespaces.Path, MediPrimaConsultService.Endpoint, Ehealth),
        SoapService.Of<IMediPrimaUmaService, MediPrimaUmaService>(UmaNamespaces.Path, MediPrimaUmaService.Endpoint, Ehealth),
    ];

    public override IReadOnlyList<ServedOperation> Operations =>
    [
        .. new[]
        {
            "evaluateCarmed", "openCarmed", "modifyCarmed", "evaluateModifiedCarmed", "stopCarmed", "consultCarmed", "consultCarmedHistory",
            "consultCarmedByVersion", "queryCarmedManager",
        }.Select(op => Carmed(op, ModelledContract)),
        Carmed("removeCarmed", "withdrawn operation (service supprimé): answers a fault saying so (docs/decisions.md, \"ManageCarmed: stop, history, removed\")"),
        SoaOperation<IMediPrimaConsultService>("MediPrimaConsult", "consultCarmedIntervention", "public schema (eHealth MediPrima consult v2), our text", x => $"""
            <p:ConsultCarmedInterventionRequest xmlns:p="{MediPrimaConsultNamespaces.Protocol}" Id="_example1" IssueInstant="{x.Now}">
              <SelectionCriteria><BySsin><Ssin>{x.Ssin}</Ssin><ReferenceDate>{x.Today}</ReferenceDate></BySsin></SelectionCriteria>
            </p:ConsultCarmedInterventionRequest>
            """),
        Carmed("searchUrgentMedicalAidAttestation", ModelledContract),
        Uma("sendUrgentMedicalAidAttestation", "sendMedicalEmergencyAttestion"),
        Uma("searchUrgentMedicalAidAttestation", "searchMedicalEmergencyAttestion"),
        Uma("deleteUrgentMedicalAidAttestation", "deleteMedicalEmergencyAttestion"),
    ];

    private ServedOperation Carmed(string op, string contract) => SoaOperation<IManageCarmedService>("ManageCarmed", op, contract,
        x => x.Modelled(ManageCarmedNamespaces.Interface, op + "Request", CarmedPayload(op, x), "manage eCarmed"));

    private ServedOperation Uma(string op, string contractOperation) =>
        SoaOperation<IMediPrimaUmaService>("MediPrimaUma", op, UmaContract, x => UmaExample(op, x), contractOperation);

    /// <summary>UMA examples: a doctor (NIHII 19999999001, a test number) attests urgent medical aid from D.</summary>
    private static string UmaExample(string op, ExampleContext x)
    {
        string head = $"xmlns:u=\"{UmaNamespaces.Protocol}\" Id=\"_example1\" IssueInstant=\"{x.Now}\"";
        const string author = "<p:Author xmlns:p=\"urn:be:fgov:ehealth:commons:protocol:v2\" xmlns:c=\"urn:be:fgov:ehealth:commons:core:v2\"><c:HcParty>"
            + "<c:Id Type=\"urn:be:fgov:ehealth:1.0:physician:nihii-number\">19999999001</c:Id><c:Name>Docteur Exemple</c:Name></c:HcParty></p:Author>";
        return op switch
        {
            "sendUrgentMedicalAidAttestation" => $"<u:SendUrgentMedicalAidAttestationRequest {head}>{author}<BeneficiarySsin>{x.Ssin}</BeneficiarySsin>"
                + $"<ValidityPeriod><StartDate>{x.Today}</StartDate></ValidityPeriod><MedicalCover>AMU</MedicalCover></u:SendUrgentMedicalAidAttestationRequest>",
            "deleteUrgentMedicalAidAttestation" => $"<u:DeleteUrgentMedicalAidAttestationRequest {head}>{author}<BeneficiarySsin>{x.Ssin}</BeneficiarySsin>"
                + "<AttestationNumber>UMA000000001</AttestationNumber></u:DeleteUrgentMedicalAidAttestationRequest>",
            _ => $"<u:SearchUrgentMedicalAidAttestationRequest {head}><Criteria><BeneficiarySsin>{x.Ssin}</BeneficiarySsin><Period><StartDate>{x.Today}</StartDate></Period></Criteria>"
                + "</u:SearchUrgentMedicalAidAttestationRequest>",
        };
    }

    /// <summary>ManageCarmed examples: a one-month card with doctor and pharmacy covers from D (examples on an existing card name 500000000001).</summary>
    private static string CarmedPayload(string op, ExampleContext x)
    {
        string start = x.Today, end = x.Date.AddMonths(1).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ssin = x.Ssin;
        string period = $"<startDate>{start}</startDate><endDate>{end}</endDate>";
        string decision = $"<validityPeriod>{period}</validityPeriod><medicalCover><doctor><validityPeriod>{period}</validityPeriod></doctor>"
            + $"<pharmaceuticalDrug><validityPeriod>{period}</validityPeriod></pharmaceuticalDrug></medicalCover>";
        return op switch
        {
            "evaluateCarmed" or "openCarmed" => $"<ssin>{ssin}</ssin>{decision}",
            "modifyCarmed" or "evaluateModifiedCarmed" => $"<ssin>{ssin}</ssin><eCarmedNumber>500000000001</eCarmedNumber>{decision}",
            "stopCarmed" => $"<ssin>{ssin}</ssin><eCarmedNumber>500000000001</eCarmedNumber><endDate>{end}</endDate>",
            "consultCarmedHistory" => "<selectionCriteria><eCarmedNumber>500000000001</eCarmedNumber></selectionCriteria>",
            "consultCarmedByVersion" => "<eCarmedNumber>500000000001</eCarmedNumber><versionNbr>1</versionNbr>",
            "removeCarmed" => $"<ssin>{ssin}</ssin><eCarmedNumber>500000000001</eCarmedNumber>",
            _ => $"<ssin>{ssin}</ssin><referenceDate>{start}</referenceDate>",
        };
    }
}
