using System.ServiceModel;
using System.Xml.Linq;
using CbssSimulator.Clock;
using CbssSimulator.Registry;
using CbssSimulator.Wire.CommonV3;
using CbssSimulator.Soap;
using Dapper;
using Microsoft.Extensions.Options;

namespace CbssSimulator.Services.SsinInformation;

public static class SsinInformationNamespaces
{
    public const string Interface = "http://kszbcss.fgov.be/intf/SSINInformationService/v1";
    public const string Path = "/SOA4520/SSINInformationService/v1";
    public const string Action = "http://kszbcss.fgov.be/SSINInformationService/getHistory";
}

/// <summary>SSINInformationService (modelled contract): the history of a person's identifiers.</summary>
[ServiceContract(Namespace = SsinInformationNamespaces.Interface, Name = "SSINInformationServicePortType")]
[XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
public interface ISsinInformationService
{
    [OperationContract(Name = "getHistory", Action = SsinInformationNamespaces.Action, ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "ssinInformationFault", Namespace = SsinInformationNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<GetSsinHistoryResponse> GetHistoryAsync(GetSsinHistoryRequest request);
}

[MessageContract(IsWrapped = false)]
public sealed class GetSsinHistoryRequest
{
    [MessageBodyMember(Name = "getSsinHistoryRequest", Namespace = SsinInformationNamespaces.Interface, Order = 0)] public AnyBody? Body;
}

[MessageContract(IsWrapped = false)]
public sealed class GetSsinHistoryResponse
{
    [MessageBodyMember(Name = "getSsinHistoryResponse", Namespace = SsinInformationNamespaces.Interface, Order = 0)] public AnyBody? Body;
}

/// <summary>
/// The chain of numbers a person had: the ones replaced into the asked number, the asked one, and what replaced it.
/// A replaced number is answered (this service is how a client learns the chain), not refused with MSG00006. No control.
/// </summary>
public sealed class SsinInformationService(PersonStore persons, CpasStore cpas, RegistryDatabase db, SimulatorClock clock, CallContext call,
    IOptions<SoapHostOptions> options) : ISsinInformationService
{
    private sealed record Link(string OldSsin, string NewSsin, string ReplacedOn);

    public Task<GetSsinHistoryResponse> GetHistoryAsync(GetSsinHistoryRequest request)
    {
        var received = clock.UtcNow;
        var body = call.RequestBody!;
        string ssin = body.Element("ssin")!.Value.Trim();
        call.Ssin = ssin;
        var status = SoaCall.CheckCaller(SoaAnswer.Customer(body), cpas, options.Value.StrictCallers, out var caller);
        call.Cpas = caller?.Cbe;
        XElement? identifiers = null;
        if (status is null && Ssin.Check(ssin) == SsinCheck.BadChecksum)
        {
            status = StatusCatalog.NoResult(SoaStatusCodes.SsinInvalid, Information.Of("ssin", ssin));
        }
        else if (status is null && !persons.Exists(ssin))
        {
            status = StatusCatalog.NoResult(SoaStatusCodes.SsinUnknown, Information.Of("ssin", ssin));
        }
        else if (status is null)
        {
            using var c = db.Open();
            var links = c.Query<Link>("SELECT OldSsin, NewSsin, ReplacedOn FROM Replacement").ToList();
            var chain = new List<string> { ssin };
            while (links.FirstOrDefault(l => l.NewSsin == chain[0]) is { } before && !chain.Contains(before.OldSsin))
            {
                chain.Insert(0, before.OldSsin);
            }

            while (links.FirstOrDefault(l => l.OldSsin == chain[^1]) is { } after && !chain.Contains(after.NewSsin))
            {
                chain.Add(after.NewSsin);
            }

            identifiers = new XElement("identifiers", chain.Select(n =>
            {
                var next = links.FirstOrDefault(l => l.OldSsin == n);
                return new XElement("identifier", new XElement("ssin", n), new XElement("register", Ssin.Kind(n) == SsinKind.Rn ? "RN" : "BIS"),
                    new XElement("state", next is null ? "ACTIVE" : "REPLACED"),
                    next is null ? null : new XElement("replacedBy", next.NewSsin), next is null ? null : new XElement("replacedOn", next.ReplacedOn));
            }));
            status = StatusCatalog.DataFound();
        }

        (call.Outcome, call.Code) = (status!.Value, status.Code);
        var answer = SoaAnswer.Build(XName.Get("getSsinHistoryResponse", SsinInformationNamespaces.Interface), body, status, received, clock.UtcNow,
            new XElement("ssin", ssin), identifiers);
        return Task.FromResult(new GetSsinHistoryResponse { Body = AnyBody.From(answer) });
    }

    public static SoapEndpoint Endpoint(ContractSchemas schemas) => SoaAnswer.Endpoint(schemas, "SSINInformationService", SsinInformationNamespaces.Path,
        SsinInformationNamespaces.Interface, "soa/SSINInformation", "SSINInformationServiceV1.wsdl", "SSINInformationServiceServiceV1.xsd",
        "ssinInformationFault", ("getHistory", SsinInformationNamespaces.Action, "getSsinHistoryRequest"));
}
