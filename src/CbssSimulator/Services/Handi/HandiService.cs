using System.Globalization;
using System.ServiceModel;
using System.Xml.Linq;
using CbssSimulator.Clock;
using CbssSimulator.Integrations;
using CbssSimulator.Wire.CommonV3;
using CbssSimulator.Soap;
using CbssSimulator.Sources.DisabilityAllowances;

namespace CbssSimulator.Services.Handi;

public static class HandiNamespaces
{
    public const string Interface = "http://kszbcss.fgov.be/intf/HandiService/v2";
    public const string Path = "/SOA4520/HandiService/v2";
    public const string Action = "http://kszbcss.fgov.be/HandiService/consult";
}

/// <summary>HandiService V2 (modelled contract, contracts/soa/Handi).</summary>
[ServiceContract(Namespace = HandiNamespaces.Interface, Name = "HandiServicePortType")]
[XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
public interface IHandiService
{
    [OperationContract(Name = "consult", Action = HandiNamespaces.Action, ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "handiServiceFault", Namespace = HandiNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<ConsultHandiResponse> ConsultAsync(ConsultHandiRequest request);
}

[MessageContract(IsWrapped = false)] public sealed class ConsultHandiRequest { [MessageBodyMember(Name = "consultHandiRequest", Namespace = HandiNamespaces.Interface)] public AnyBody? Body; }
[MessageContract(IsWrapped = false)] public sealed class ConsultHandiResponse { [MessageBodyMember(Name = "consultHandiResponse", Namespace = HandiNamespaces.Interface)] public AnyBody? Body; }

/// <summary>The disability right and social cards of a person at D (SYSDATE; 001–009 — not 031, seed 003). None → MSG00100.</summary>
public sealed class HandiService(ModelledConsult consult, SimulatorClock clock) : IHandiService
{
    public static readonly ControlRow Row = ControlTable.Get("HandiService", "consult");

    public Task<ConsultHandiResponse> ConsultAsync(ConsultHandiRequest request) => Task.FromResult(new ConsultHandiResponse
    {
        Body = consult.Answer(XName.Get("consultHandiResponse", HandiNamespaces.Interface), Row, (_, person) =>
            (null, Disability.Right(person, clock.Today) is { } r
                ? new XElement("disability",
                    new XElement("right", new XElement("kind", r.Kind), new XElement("assessment", r.Assessment), new XElement("category", r.Category),
                        new XElement("monthlyAmount", r.MonthlyAmount.ToString("0.00", CultureInfo.InvariantCulture)),
                        new XElement("beginDate", r.Begin.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), new XElement("authority", r.Authority)),
                    Disability.SocialCards(r).Select(c => new XElement("socialCard", c)))
                : null)),
    });

    public static SoapEndpoint Endpoint(ContractSchemas schemas) => SoaAnswer.Endpoint(schemas, "HandiService", HandiNamespaces.Path,
        HandiNamespaces.Interface, "soa/Handi", "HandiServiceV2.wsdl", "HandiServiceV2.xsd", "handiServiceFault",
        ("consult", HandiNamespaces.Action, "consultHandiRequest"));
}
