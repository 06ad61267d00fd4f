using System.ServiceModel;
using System.Xml.Linq;
using CbssSimulator.Clock;
using CbssSimulator.Integrations;
using CbssSimulator.Registry;
using CbssSimulator.Wire.CommonV3;
using CbssSimulator.Soap;
using CbssSimulator.Sources.Employment;
using CbssSimulator.Sources.HealthInsurance;

namespace CbssSimulator.Services.ConsultAttest;

public static class ConsultAttestNamespaces
{
    public const string Interface = "http://kszbcss.fgov.be/intf/ConsultAttest/v1";
    public const string Path = "/SOA4520/ConsultAttest/v1";
    public const string Action = "http://kszbcss.fgov.be/ConsultAttest/consult";
}

/// <summary>ConsultAttest (modelled contract, contracts/soa/ConsultAttest).</summary>
[ServiceContract(Namespace = ConsultAttestNamespaces.Interface, Name = "ConsultAttestPortType")]
[XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
public interface IConsultAttestService
{
    [OperationContract(Name = "consult", Action = ConsultAttestNamespaces.Action, ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "consultAttestFault", Namespace = ConsultAttestNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<ConsultIncapacityResponse> ConsultAsync(ConsultIncapacityRequest request);
}

[MessageContract(IsWrapped = false)] public sealed class ConsultIncapacityRequest { [MessageBodyMember(Name = "consultIncapacityRequest", Namespace = ConsultAttestNamespaces.Interface)] public AnyBody? Body; }
[MessageContract(IsWrapped = false)] public sealed class ConsultIncapacityResponse { [MessageBodyMember(Name = "consultIncapacityResponse", Namespace = ConsultAttestNamespaces.Interface)] public AnyBody? Body; }

/// <summary>
/// Periods of incapacity for work (SYSDATE; 001–009), following the careers: about 8 % of the employments that run (or
/// ran) in the last three years have a period of primary incapacity (2 weeks to 11 months) inside them, a third of those
/// going on into invalidity (more than a year, open). The insurer is the person's mutuality. None → MSG00100.
/// </summary>
public sealed class ConsultAttestService(PersonStore persons, RegistryDatabase db, ModelledConsult consult, SimulatorClock clock) : IConsultAttestService
{
    public static readonly ControlRow Row = ControlTable.Get("ConsultAttest", "consult");

    public Task<ConsultIncapacityResponse> ConsultAsync(ConsultIncapacityRequest request) => Task.FromResult(new ConsultIncapacityResponse
    {
        Body = consult.Answer(XName.Get("consultIncapacityResponse", ConsultAttestNamespaces.Interface), Row, (_, person) =>
        {
            var periods = Periods(person);
            string insurer = new Insurability(persons, db).Situation(person, clock.Today)?.InsurerCode ?? "600";
            return (null, periods.Count == 0 ? null : new XElement("incapacity", periods.Select(x => new XElement("period", new XElement("kind", x.Kind),
                new XElement("beginDate", x.Begin.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), x.End is { } e ? new XElement("endDate", e.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null,
                new XElement("insurerCode", insurer)))));
        }),
    });

    public IReadOnlyList<(string Kind, DateOnly Begin, DateOnly? End)> Periods(PersonRow p)
    {
        var today = clock.Today;
        var list = new List<(string, DateOnly, DateOnly?)>();
        foreach (var job in new CareerStore(db).Employments(p.Ssin).Where(j => j.WorkerType == "OTH"))
        {
            uint hash = StableHash.Of(p.Ssin + job.StartDate);
            var from = new[] { IsoDate.Parse(job.StartDate), today.AddYears(-3) }.Max();
            var to = new[] { job.EndDate is { } e ? IsoDate.Parse(e) : today, today }.Min();
            if (hash % 100 >= 8 || to.DayNumber - from.DayNumber < 60)
            {
                continue;
            }

            var begin = from.AddDays((int)(hash % (uint)(to.DayNumber - from.DayNumber - 30)));
            var primaryEnd = begin.AddDays(14 + (int)((hash >> 8) % 320));
            bool invalidity = hash % 3 == 0 && job.EndDate is null && begin.AddYears(1) <= today;
            list.Add(("PRIMARY_INCAPACITY", begin, invalidity ? begin.AddYears(1).AddDays(-1) : primaryEnd <= to ? primaryEnd : null));
            if (invalidity)
            {
                list.Add(("INVALIDITY", begin.AddYears(1), null));
            }
        }

        return list;
    }

    public static SoapEndpoint Endpoint(ContractSchemas schemas) => SoaAnswer.Endpoint(schemas, "ConsultAttest", ConsultAttestNamespaces.Path,
        ConsultAttestNamespaces.Interface, "soa/ConsultAttest", "ConsultAttestV1.wsdl", "ConsultAttestV1.xsd", "consultAttestFault",
        ("consult", ConsultAttestNamespaces.Action, "consultIncapacityRequest"));
}
