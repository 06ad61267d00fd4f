using System.ServiceModel;
using System.Xml.Linq;
using CbssSimulator.Integrations;
using CbssSimulator.Registry;
using CbssSimulator.Wire.CommonV3;
using CbssSimulator.Soap;
using CbssSimulator.Sources.Sppis;

namespace CbssSimulator.Services.Sppis;

public static class LivingWagesNamespaces
{
    public const string Interface = "http://kszbcss.fgov.be/intf/LivingWages/v2";
    public const string Path = "/SOA4520/LivingWages/v2";
    public const string Action = "http://kszbcss.fgov.be/LivingWages/consult";
}

/// <summary>LivingWages V2 (modelled contract, contracts/soa/LivingWages).</summary>
[ServiceContract(Namespace = LivingWagesNamespaces.Interface, Name = "LivingWagesPortType")]
[XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
public interface ILivingWagesService
{
    [OperationContract(Name = "consult", Action = LivingWagesNamespaces.Action, ReplyAction = "*")]
    [FaultContract(typeof(CbssFault), Name = "livingWagesFault", Namespace = LivingWagesNamespaces.Interface)]
    [XmlSerializerFormat(Style = OperationFormatStyle.Document, Use = OperationFormatUse.Literal, SupportFaults = true)]
    Task<ConsultLivingWagesResponse> ConsultAsync(ConsultLivingWagesRequest request);
}

[MessageContract(IsWrapped = false)] public sealed class ConsultLivingWagesRequest { [MessageBodyMember(Name = "consultLivingWagesPeriodsRequest", Namespace = LivingWagesNamespaces.Interface)] public AnyBody? Body; }
[MessageContract(IsWrapped = false)] public sealed class ConsultLivingWagesResponse { [MessageBodyMember(Name = "consultLivingWagesPeriodsResponse", Namespace = LivingWagesNamespaces.Interface)] public AnyBody? Body; }

/// <summary>
/// The periods of integration income (A036 categories 1–3) or equivalent aid (4–6) of a person, per CPAS: the active
/// multifunctional attestations of every CPAS merged into uninterrupted periods (touching or overlapping validities),
/// the category of the latest one. Control 001–009, 040, SYSDATE; none → MSG00100.
/// </summary>
public sealed class LivingWagesService(AttestationStore store, CpasStore cpas, ModelledConsult consult) : ILivingWagesService
{
    public static readonly ControlRow Row = ControlTable.Get("LivingWages", "consult");

    private static readonly string[] Categories = ["", "cohabitant / samenwonende", "isolé / alleenstaande", "famille à charge / gezinslast"];

    public Task<ConsultLivingWagesResponse> ConsultAsync(ConsultLivingWagesRequest request) => Task.FromResult(new ConsultLivingWagesResponse
    {
        Body = consult.Answer(XName.Get("consultLivingWagesPeriodsResponse", LivingWagesNamespaces.Interface), Row, (body, person) =>
        {
            var asked = body.Element("period") is { } p
                ? new Period(IsoDate.Parse(p.Element("beginDate")!.Value), p.Element("endDate") is { } e ? IsoDate.Parse(e.Value) : null)
                : new Period(DateOnly.MinValue, null);
            var periods = Periods(store.ForSsin(person.Ssin)).Where(x => x.Period.Overlaps(asked)).ToList();
            return (null, periods.Count == 0 ? null : new XElement("livingWagesPeriods", periods.Select(x => new XElement("livingWagesPeriod",
                new XElement("cpas", new XElement("cbeNumber", x.Cbe), cpas.Find(x.Cbe) is { } c ? new XElement("name", c.Name) : null),
                new XElement("aid", x.Equivalent ? "EQUIVALENT_SOCIAL_AID" : "INTEGRATION_INCOME"),
                new XElement("period", new XElement("beginDate", x.Period.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                    x.Period.End is { } end ? new XElement("endDate", end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null),
                new XElement("category", new XElement("code", x.Category), new XElement("description", Categories[(x.Category - 1) % 3 + 1]))))));
        }),
    });

    /// <summary>Active attestations merged per CPAS and kind of aid into uninterrupted periods.</summary>
    public static IReadOnlyList<(string Cbe, bool Equivalent, Period Period, int Category)> Periods(IEnumerable<Attestation036> attestations)
    {
        var merged = new List<(string Cbe, bool Equivalent, Period Period, int Category)>();
        foreach (var group in attestations.Where(a => a.Status == Attestation036.Active).GroupBy(a => (a.Cbe, Equivalent: int.Parse(a.CategoryCode, CultureInfo.InvariantCulture) > 3)))
        {
            (Period Period, int Category)? current = null;
            foreach (var a in group.OrderBy(a => a.BeginDate, StringComparer.Ordinal))
            {
                if (current is { } c && c.Period.Touches(a.Validity))
                {
                    var end = c.Period.End is null || a.Validity.End is null ? (DateOnly?)null : c.Period.End > a.Validity.End ? c.Period.End : a.Validity.End;
                    current = (new Period(c.Period.Start, end), int.Parse(a.CategoryCode, CultureInfo.InvariantCulture));
                    continue;
                }

                if (current is { } done)
                {
                    merged.Add((group.Key.Cbe, group.Key.Equivalent, done.Period, done.Category));
                }

                current = (a.Validity, int.Parse(a.CategoryCode, CultureInfo.InvariantCulture));
            }

            merged.Add((group.Key.Cbe, group.Key.Equivalent, current!.Value.Period, current.Value.Category));
        }

        return merged.OrderBy(m => m.Period.Start).ThenBy(m => m.Cbe, StringComparer.Ordinal).ToList();
    }

    public static SoapEndpoint Endpoint(ContractSchemas schemas) => SoaAnswer.Endpoint(schemas, "LivingWages", LivingWagesNamespaces.Path,
        LivingWagesNamespaces.Interface, "soa/LivingWages", "LivingWagesV2.wsdl", "LivingWagesV2.xsd", "livingWagesFault",
        ("consult", LivingWagesNamespaces.Action, "consultLivingWagesPeriodsRequest"));
}
