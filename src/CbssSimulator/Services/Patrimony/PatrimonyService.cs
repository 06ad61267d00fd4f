using System.Globalization;
using System.ServiceModel;
using System.Xml.Linq;
using CbssSimulator.Clock;
using CbssSimulator.Integrations;
using CbssSimulator.Registry;
using CbssSimulator.Wire.CommonV3;
using CbssSimulator.Soap;
using CbssSimulator.Sources.Cadastre;

namespace CbssSimulator.Services.Patrimony;

public static class PatrimonyNamespaces
{
    public const string Interface = "http://kszbcss.fgov.be/intf/PatrimonyService/v1";
    public const string Path = "/SOA4520/PatrimonyService/v1";
    public const string Action = "http://kszbcss.fgov.be/PatrimonyService/consult";
}

/// <summary>PatrimonyService (modelled contract, contracts/soa/Patrimony).</summary>
[ServiceContract(Namespace = PatrimonyNamespaces.Interface, Name = "PatrimonyServicePortType")]
[XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
public interface IPatrimonyService
{
    [OperationContract(Name = "consult", Action = PatrimonyNamespaces.Action, ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "patrimonyFault", Namespace = PatrimonyNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<ConsultPatrimonyResponse> ConsultAsync(ConsultPatrimonyRequest request);
}

[MessageContract(IsWrapped = false)] public sealed class ConsultPatrimonyRequest { [MessageBodyMember(Name = "consultPatrimonyRequest", Namespace = PatrimonyNamespaces.Interface)] public AnyBody? Body; }
[MessageContract(IsWrapped = false)] public sealed class ConsultPatrimonyResponse { [MessageBodyMember(Name = "consultPatrimonyResponse", Namespace = PatrimonyNamespaces.Interface)] public AnyBody? Body; }

/// <summary>
/// Belgian real estate (SYSDATE; 001–009, 030, 031): the parcels the person owns at D; with <c>withHistory</c> true also
/// those transferred since, with the act. Nothing owned → NO_DATA_FOUND / MSG00100.
/// </summary>
public sealed class PatrimonyService(PersonStore persons, ModelledConsult consult, SimulatorClock clock) : IPatrimonyService
{
    public static readonly ControlRow Row = ControlTable.Get("PatrimonyService", "consult");

    public Task<ConsultPatrimonyResponse> ConsultAsync(ConsultPatrimonyRequest request) => Task.FromResult(new ConsultPatrimonyResponse
    {
        Body = consult.Answer(XName.Get("consultPatrimonyResponse", PatrimonyNamespaces.Interface), Row, (body, person) =>
        {
            bool history = body.Element("withHistory")?.Value.Trim() is "true" or "1";
            var owned = new RealEstate(persons).Properties(person, clock.Today).Where(x => history || x.Transferred is null).ToList();
            return (null, owned.Count == 0 ? null : new XElement("properties", owned.Select(x => new XElement("property",
                new XElement("parcel", new XElement("division", x.Division), new XElement("section", x.Section), new XElement("number", x.ParcelNumber)),
                new XElement("municipalityCode", x.NisCode), new XElement("location", x.Location), new XElement("nature", x.Nature), new XElement("area", x.Area),
                new XElement("cadastralIncome", Money(x.CadastralIncome)), new XElement("share", x.Share),
                Act("acquisition", x.Acquired, x.AcquisitionAct, x.AcquisitionValue),
                x.Transferred is { } t ? Act("transfer", t, "VENTE", x.TransferValue!.Value) : null))));
        }),
    });

    private static XElement Act(string name, DateOnly date, string nature, decimal value) =>
        new(name, new XElement("date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), new XElement("nature", nature), new XElement("value", Money(value)));

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    public static SoapEndpoint Endpoint(ContractSchemas schemas) => SoaAnswer.Endpoint(schemas, "PatrimonyService", PatrimonyNamespaces.Path,
        PatrimonyNamespaces.Interface, "soa/Patrimony", "PatrimonyServiceV1.wsdl", "PatrimonyServiceV1.xsd", "patrimonyFault",
        ("consult", PatrimonyNamespaces.Action, "consultPatrimonyRequest"));
}
