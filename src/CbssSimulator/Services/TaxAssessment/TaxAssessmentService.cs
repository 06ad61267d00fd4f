using System.Globalization;
using System.ServiceModel;
using System.Xml.Linq;
using CbssSimulator.Clock;
using CbssSimulator.Integrations;
using CbssSimulator.Registry;
using CbssSimulator.Wire.CommonV3;
using CbssSimulator.Soap;
using CbssSimulator.Sources.Employment;
using CbssSimulator.Sources.Finances;
using CbssSimulator.Sources.SelfEmployment;
using CbssSimulator.Sources.Unemployment;

namespace CbssSimulator.Services.TaxAssessment;

public static class TaxAssessmentNamespaces
{
    public const string Interface = "http://kszbcss.fgov.be/intf/TaxAssessmentData/v2";
    public const string Path = "/SOA4520/TaxAssessmentData/v2";
    public const string Action = "http://kszbcss.fgov.be/TaxAssessmentData/consult";
}

/// <summary>TaxAssessmentData V2 (modelled contract, contracts/soa/TaxAssessment).</summary>
[ServiceContract(Namespace = TaxAssessmentNamespaces.Interface, Name = "TaxAssessmentDataPortType")]
[XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
public interface ITaxAssessmentService
{
    [OperationContract(Name = "consult", Action = TaxAssessmentNamespaces.Action, ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "taxAssessmentFault", Namespace = TaxAssessmentNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<ConsultTaxAssessmentResponse> ConsultAsync(ConsultTaxAssessmentRequest request);
}

[MessageContract(IsWrapped = false)] public sealed class ConsultTaxAssessmentRequest { [MessageBodyMember(Name = "consultTaxAssessmentRequest", Namespace = TaxAssessmentNamespaces.Interface)] public AnyBody? Body; }
[MessageContract(IsWrapped = false)] public sealed class ConsultTaxAssessmentResponse { [MessageBodyMember(Name = "consultTaxAssessmentResponse", Namespace = TaxAssessmentNamespaces.Interface)] public AnyBody? Body; }

/// <summary>
/// Tax assessments per income year (SYSDATE; 001–009, 030, 031), computed from the DmfA wages of that year so both
/// sources agree: taxable income = gross wages − 13.07 % social contributions − flat professional expenses (30 %,
/// at most 5,930 €), plus the income as self-employed − 20.5 % contributions, plus the unemployment benefits; dependants = the children in the household (modelled). The three income years before D's year
/// unless one is asked; a year without wages has no assessment (NO_DATA_FOUND / MSG00100 when none has).
/// </summary>
public sealed class TaxAssessmentService(PersonStore persons, RegistryDatabase db, ModelledConsult consult, SimulatorClock clock) : ITaxAssessmentService
{
    public static readonly ControlRow Row = ControlTable.Get("TaxAssessmentData", "consult");

    public Task<ConsultTaxAssessmentResponse> ConsultAsync(ConsultTaxAssessmentRequest request) => Task.FromResult(new ConsultTaxAssessmentResponse
    {
        Body = consult.Answer(XName.Get("consultTaxAssessmentResponse", TaxAssessmentNamespaces.Interface), Row, (body, person) =>
        {
            string ssin = person.Ssin;
            var years = body.Element("incomeYear") is { } y ? [int.Parse(y.Value[..4], CultureInfo.InvariantCulture)] : Enumerable.Range(clock.Today.Year - 3, 3).Reverse().ToArray();
            var careers = new CareerStore(db);
            var selfEmployed = new SelfEmployedStore(db);
            var unemployment = new UnemploymentStore(db);
            int dependants = person.HouseholdId is { } h ? persons.Household(h).Count(m => m.FamilyRole == "03" && m.Ssin != ssin) : 0;
            var rows = years.Where(year => year < clock.Today.Year).Select(year => (Year: year, Gross: careers.GrossWages(ssin, year, clock.Today),
                    Own: selfEmployed.Income(ssin, year, clock.Today), Benefits: unemployment.Benefits(ssin, year, clock.Today)))
                .Where(r => r.Gross > 0 || r.Own > 0 || r.Benefits > 0).ToList();
            return (null, rows.Count == 0 ? null : new XElement("assessments", rows.Select(r => new XElement("assessment",
                new XElement("incomeYear", r.Year), new XElement("assessmentYear", r.Year + 1),
                new XElement("taxableIncomeGlobally", Taxation.Taxable(r.Gross, r.Own, r.Benefits).ToString("0.00", CultureInfo.InvariantCulture)),
                new XElement("taxableIncomeSeparately", "0.00"), new XElement("dependants", person.FamilyRole == "01" || person.FamilyRole == "02" ? dependants : 0),
                new XElement("foreignRealEstateIncome", "0.00")))));
        }),
    });

    public static SoapEndpoint Endpoint(ContractSchemas schemas) => SoaAnswer.Endpoint(schemas, "TaxAssessmentData", TaxAssessmentNamespaces.Path,
        TaxAssessmentNamespaces.Interface, "soa/TaxAssessment", "TaxAssessmentDataV2.wsdl", "TaxAssessmentDataServiceV2.xsd", "taxAssessmentFault",
        ("consult", TaxAssessmentNamespaces.Action, "consultTaxAssessmentRequest"));
}
