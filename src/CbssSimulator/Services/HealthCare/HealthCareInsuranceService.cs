using System.ServiceModel;
using System.Xml.Linq;
using CbssSimulator.Clock;
using CbssSimulator.Integrations;
using CbssSimulator.Registry;
using CbssSimulator.Wire.CommonV3;
using CbssSimulator.Soap;
using CbssSimulator.Sources.HealthInsurance;

namespace CbssSimulator.Services.HealthCare;

public static class HealthCareNamespaces
{
    public const string Interface = "http://kszbcss.fgov.be/intf/HealthCareInsurance/v1";
    public const string Path = "/SOA4520/HealthCareInsurance/v1";
    public const string Action = "http://kszbcss.fgov.be/HealthCareInsurance/consult";
}

/// <summary>HealthCareInsurance (modelled contract, contracts/soa/HealthCareInsurance).</summary>
[ServiceContract(Namespace = HealthCareNamespaces.Interface, Name = "HealthCareInsurancePortType")]
[XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
public interface IHealthCareInsuranceService
{
    [OperationContract(Name = "consult", Action = HealthCareNamespaces.Action, ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "healthCareInsuranceFault", Namespace = HealthCareNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<ConsultHealthCareInsuranceResponse> ConsultAsync(ConsultHealthCareInsuranceRequest request);
}

[MessageContract(IsWrapped = false)] public sealed class ConsultHealthCareInsuranceRequest { [MessageBodyMember(Name = "consultHealthCareInsuranceRequest", Namespace = HealthCareNamespaces.Interface)] public AnyBody? Body; }
[MessageContract(IsWrapped = false)] public sealed class ConsultHealthCareInsuranceResponse { [MessageBodyMember(Name = "consultHealthCareInsuranceResponse", Namespace = HealthCareNamespaces.Interface)] public AnyBody? Body; }

/// <summary>
/// The mutualities' data (SYSDATE; 001–009, or 040 for the heating allowance, the CPAS integrating the head of family and
/// each household member) at <c>referenceDate</c> (default D, not after D). Not insured → NO_DATA_FOUND / MSG00100.
/// </summary>
public sealed class HealthCareInsuranceService(Insurability insurability, ModelledConsult consult, SimulatorClock clock) : IHealthCareInsuranceService
{
    public static readonly ControlRow Row = ControlTable.Get("HealthCareInsurance", "consult");

    public Task<ConsultHealthCareInsuranceResponse> ConsultAsync(ConsultHealthCareInsuranceRequest request) => Task.FromResult(new ConsultHealthCareInsuranceResponse
    {
        Body = consult.Answer(XName.Get("consultHealthCareInsuranceResponse", HealthCareNamespaces.Interface), Row, (body, person) =>
        {
            var at = body.Element("referenceDate") is { } r ? IsoDate.Parse(r.Value[..10]) : clock.Today;
            if (at > clock.Today)
            {
                return (StatusCatalog.NoResult(SoaStatusCodes.ValidationError, Information.Of("referenceDate", at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))), null);
            }

            var s = insurability.Situation(person, at) is { } x && x.Since <= at ? x : null;
            return (null, s is null ? null : new XElement("insurability",
                new XElement("insurer", new XElement("code", s.InsurerCode), new XElement("name", Insurability.Insurers[s.InsurerCode])),
                new XElement("holderSsin", s.HolderSsin), new XElement("quality", s.Dependant ? "DEPENDANT" : "HOLDER"),
                new XElement("reimbursementRight", new XElement("beginDate", s.Since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                    s.Until is { } u ? new XElement("endDate", u.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null),
                new XElement("ct1", s.Ct1), new XElement("ct2", s.Ct2),
                new XElement("increasedIntervention", s.IncreasedIntervention ? "true" : "false"), new XElement("thirdPartyPayer", s.ThirdPartyPayer ? "true" : "false"),
                s.MafYears.Select(y => new XElement("mafYear", y)),
                s.MedicalHouse is { } m ? new XElement("medicalHouse", new XElement("name", m.Name), new XElement("beginDate", m.Since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))) : null));
        }),
    });

    public static SoapEndpoint Endpoint(ContractSchemas schemas) => SoaAnswer.Endpoint(schemas, "HealthCareInsurance", HealthCareNamespaces.Path,
        HealthCareNamespaces.Interface, "soa/HealthCareInsurance", "HealthCareInsuranceV1.wsdl", "HealthCareInsuranceV1.xsd", "healthCareInsuranceFault",
        ("consult", HealthCareNamespaces.Action, "consultHealthCareInsuranceRequest"));
}
