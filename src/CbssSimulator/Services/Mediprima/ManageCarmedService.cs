using System.Xml.Linq;
using CbssSimulator.Integrations;
using CbssSimulator.Registry;
using CbssSimulator.Wire.CommonV3;
using CbssSimulator.Soap;
using CbssSimulator.Sources.Finances;
using static CbssSimulator.Services.Mediprima.CarmedMessages;

namespace CbssSimulator.Services.Mediprima;

/// <summary>
/// ManageCarmed (modelled): electronic medical-care decisions. evaluate and open compute the card — the SPP IS refund
/// from the beneficiary's status — with the checks of CarmedRules (open also refuses an overlap with another current
/// card of the person, ECM004); modify, evaluateModified and stop work on a current card of the caller (ECM005), stop
/// shortening it, retroactively too; consult, query, history and by-version read them (every CPAS's cards: the decisions
/// are the person's). Controls per the control table; history and by-version take the card's beneficiary and validity
/// for the request's SSIN and period (docs/decisions.md, "ManageCarmed: stop, history, removed"). removeCarmed is withdrawn: a fault says so.
/// </summary>
public sealed class ManageCarmedService(CarmedStore store, UmaStore uma, PersonStore persons, CpasStore cpas, HouseholdFinances finances, ModelledConsult consult,
    IntegrationControl control, Clock.SimulatorClock clock) : IManageCarmedService
{
    private static readonly XNamespace Intf = ManageCarmedNamespaces.Interface;

    /// <summary>The legal context of eCarmed (a real client sends it); another → MSG00013.</summary>
    public const string LegalContext = "manage eCarmed";

    public Task<EvaluateResponse> EvaluateAsync(EvaluateRequest request) => Task.FromResult(new EvaluateResponse { Body = Decide("evaluateCarmed", keep: false) });

    public Task<OpenResponse> OpenAsync(OpenRequest request) => Task.FromResult(new OpenResponse { Body = Decide("openCarmed", keep: true) });

    public Task<ModifyResponse> ModifyAsync(ModifyRequest request) => Task.FromResult(new ModifyResponse { Body = Decide("modifyCarmed", keep: true) });

    public Task<EvaluateModifiedResponse> EvaluateModifiedAsync(EvaluateModifiedRequest request) =>
        Task.FromResult(new EvaluateModifiedResponse { Body = Decide("evaluateModifiedCarmed", keep: false) });

    public Task<StopResponse> StopAsync(StopRequest request) => Task.FromResult(new StopResponse
    {
        Body = consult.Answer(Intf + "stopCarmedResponse", ControlTable.Get("ManageCarmed", "stopCarmed"), (body, person) =>
        {
            var end = IsoDate.Parse(body.Element("endDate")!.Value);
            if (Own(body, person) is not { } card)
            {
                return (Refusal(CarmedRules.UnknownCard), null);
            }

            if (end < card.Validity.Start.AddDays(-1) || end > card.Validity.End)
            {
                return (Refusal(CarmedRules.StopOutside), null);
            }

            var covers = CarmedRules.Clip(XElement.Parse(card.Covers), end);
            var stopped = store.Save(card with { Version = card.Version + 1, EndDate = Iso(end), Covers = covers.ToString(SaveOptions.DisableFormatting), Stopped = 1, CreatedOn = Iso(clock.Today) });
            return (null, Xml(stopped, person));
        }, body =>
        {
            var end = IsoDate.Parse(body.Element("endDate")!.Value);
            return end < clock.Today ? new Period(end, clock.Today) : new Period(clock.Today, end);
        }, LegalContext),
    });

    public Task<ConsultResponse> ConsultAsync(ConsultRequest request) => Task.FromResult(new ConsultResponse { Body = Read("consultCarmed", current: true) });

    public Task<QueryResponse> QueryAsync(QueryRequest request) => Task.FromResult(new QueryResponse { Body = Read("queryCarmedManager", current: false) });

    public Task<HistoryResponse> HistoryAsync(HistoryRequest request) => Task.FromResult(new HistoryResponse
    {
        Body = ByCard("consultCarmedHistory", body => body.Element("selectionCriteria")!.Element("eCarmedNumber")!.Value, (_, _) => true),
    });

    public Task<ByVersionResponse> ByVersionAsync(ByVersionRequest request) => Task.FromResult(new ByVersionResponse
    {
        Body = ByCard("consultCarmedByVersion", body => body.Element("eCarmedNumber")!.Value, (body, card) => card.Version == long.Parse(body.Element("versionNbr")!.Value, CultureInfo.InvariantCulture)),
    });

    /// <summary>The urgent-medical-aid attestations doctors recorded (MediPrima UMA) overlapping the period or holding the date.</summary>
    public Task<SearchUmaResponse> SearchUmaAsync(SearchUmaRequest request) => Task.FromResult(new SearchUmaResponse
    {
        Body = consult.Answer(Intf + "searchUrgentMedicalAidAttestationResponse", ControlTable.Get("ManageCarmed", "searchUrgentMedicalAidAttestation"), (body, person) =>
            (null, uma.ForSsin(person.Ssin).Where(a => a.Validity.Overlaps(Asked(body))).Select(a => new XElement("attestation",
                new XElement("attestationNumber", a.Number),
                new XElement("validityPeriod", new XElement("startDate", a.StartDate), a.EndDate is null ? null : new XElement("endDate", a.EndDate)),
                new XElement("medicalCover", a.MedicalCover), new XElement("author", new XElement("id", a.AuthorId), new XElement("name", a.AuthorName)))).ToList()),
            body => Asked(body), LegalContext),
    });

    public Task<RemoveResponse> RemoveAsync(RemoveRequest request) => throw new SoapFaultException(StatusCatalog.Fault(Intf + "manageCarmedFault", SoaStatusCodes.LegalContextRefused,
        "Service supprimé / Dienst afgeschaft: removeCarmed was withdrawn; end a decision with stopCarmed.", null, SoaCall.Cbss(clock, clock.UtcNow), client: true,
        Information.Of("operation", "removeCarmed")));

    /// <summary>evaluate / open / modify / evaluateModified: the card the request describes, checked, computed and (open, modify) stored.</summary>
    private AnyBody Decide(string op, bool keep)
    {
        bool modify = op is "modifyCarmed" or "evaluateModifiedCarmed";
        return consult.Answer(Intf + (op + "Response"), ControlTable.Get("ManageCarmed", op), (body, person) =>
        {
            var validity = Validity(body.Element("validityPeriod")!);
            var covers = new XElement(body.Element("medicalCover")!);
            if (validity.End < validity.Start)
            {
                return (StatusCatalog.NoResult(SoaStatusCodes.ValidationError, Information.Of("validityPeriod", "endDate before startDate")), null);
            }

            CarmedCard? former = null;
            if (modify && (former = Own(body, person)) is null)
            {
                return (Refusal(CarmedRules.UnknownCard), null);
            }

            if (CarmedRules.Check(validity, covers, clock.Today, principle: !modify) is { } refused)
            {
                return (Refusal(refused), null);
            }

            if (!modify && store.ForSsin(person.Ssin).Any(c => c.Current == 1 && c.Validity.Overlaps(validity)))
            {
                return (Refusal(CarmedRules.Overlapping), null);
            }

            var refund = CarmedRules.Refund(person, validity.Start, finances);
            var card = new CarmedCard(0, former?.Number ?? "", (former?.Version ?? 0) + 1, Caller(body), person.Ssin, Iso(validity.Start), Iso(validity.End!.Value),
                covers.ToString(SaveOptions.DisableFormatting), refund.Code, refund.BeneficiaryStatus, refund.Insured ? 1 : 0, refund.Part,
                body.Element("medicalUrgency")?.Value is "true" or "1" ? 1 : 0, 1, 0, Iso(clock.Today));
            return (null, Xml(keep ? store.Save(card) : card, person));
        }, body => Validity(body.Element("validityPeriod")!), LegalContext);
    }

    /// <summary>consultCarmed (current versions) and queryCarmedManager (every version) over a period or at a reference date.</summary>
    private AnyBody Read(string op, bool current) => consult.Answer(Intf + (op + "Response"), ControlTable.Get("ManageCarmed", op), (body, person) =>
    {
        var asked = Asked(body);
        var cards = store.ForSsin(person.Ssin).Where(c => (!current || c.Current == 1) && c.Validity.Overlaps(asked)).ToList();
        return (null, cards.Select(c => Xml(c, person)).ToList());
    }, body => Asked(body), LegalContext);

    /// <summary>
    /// History and by-version: no SSIN in the request; the card stands for it (docs/decisions.md, "ManageCarmed: stop,
    /// history, removed").
    /// </summary>
    private AnyBody ByCard(string op, Func<XElement, string> number, Func<XElement, CarmedCard, bool> pick) =>
        consult.AnswerCaller(Intf + (op + "Response"), (body, caller) =>
        {
            var versions = store.Versions(number(body).Trim());
            if (versions.Count == 0)
            {
                return (StatusCatalog.NoResult(SoaStatusCodes.NoDataAtSupplier, Information.Of("eCarmedNumber", number(body))), null);
            }

            var last = versions[^1];
            if (!control.Check(ControlTable.Get("ManageCarmed", op), caller.Cbe, last.Ssin, last.Validity).Allowed)
            {
                return (SoaCall.NotIntegrated(last.Ssin, caller.Cbe), null);
            }

            var person = persons.Find(last.Ssin)!;
            return (null, versions.Where(v => pick(body, v)).Select(v => Xml(v, person)).ToList());
        }, LegalContext);

    private static Status Refusal(CarmedRefusal r) => new() { Value = SoaStatusCodes.NoResultValue, Code = r.Code, Description = r.Description };

    private CarmedCard? Own(XElement body, PersonRow person) => store.ForSsin(person.Ssin)
        .FirstOrDefault(c => c.Number == body.Element("eCarmedNumber")!.Value.Trim() && c.Current == 1 && c.Stopped == 0 && c.Cbe == Caller(body));

    private static string Caller(XElement body) => SoaAnswer.Customer(body)!.CustomerIdentification!.CbeNumber!;

    private Period Asked(XElement body) => body.Element("referenceDate") is { } d
        ? new Period(IsoDate.Parse(d.Value), IsoDate.Parse(d.Value))
        : body.Element("period") is { } p ? Validity(p) : new Period(clock.Today, clock.Today);

    private static Period Validity(XElement p) => new(IsoDate.Parse(p.Element("startDate")!.Value), IsoDate.Parse(p.Element("endDate")!.Value));

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The carmed element of the reply.</summary>
    private XElement Xml(CarmedCard c, PersonRow p)
    {
        string part = CarmedRules.Part(c.Part);
        XElement Part(string name) => new(name, new XElement("zivAmiPart", part), new XElement("patientPart", part));
        var refund = CarmedRules.Refunds.First(r => r.Code == c.RefundCode);
        return new XElement("carmed",
            c.Id == 0 ? null : new XElement("eCarmedNumber", c.Number), c.Id == 0 ? null : new XElement("versionNbr", c.Version),
            new XElement("beneficiary", new XElement("ssin", p.Ssin), new XElement("lastName", p.LastName), new XElement("firstName", p.FirstNames.Split(' ')[0]),
                new XElement("gender", p.Sex == 1 ? "M" : "F"), new XElement("birthDate", p.BirthDate)),
            new XElement("validityPeriod", new XElement("startDate", c.StartDate), new XElement("endDate", c.EndDate)),
            new XElement("pswc", new XElement("cbeNumber", c.Cbe), cpas.Find(c.Cbe) is { } row ? new XElement("name", row.Name) : null),
            XElement.Parse(c.Covers) is var covers ? new XElement("medicalCover", covers.Elements()) : null,
            new XElement("refund", new XElement("refundCode", c.RefundCode), new XElement("affiliedMutualityInd", c.Insured == 1 ? "true" : "false"),
                new XElement("beneficiaryStatus", c.BeneficiaryStatus),
                new XElement("justification", new XAttribute("lang", "fr"), refund.Fr), new XElement("justification", new XAttribute("lang", "nl"), refund.Nl),
                Part("hospitalizationPart"), Part("ambulatoryCarePart"), Part("otherPart"), new XElement("medicalUrgencyInd", c.MedicalUrgency == 1 ? "true" : "false")),
            c.Id == 0 ? null : new XElement("status", c.Status), c.Id == 0 ? null : new XElement("creationDate", c.CreatedOn));
    }

    public static SoapEndpoint Endpoint(ContractSchemas schemas) => SoaAnswer.Endpoint(schemas, "ManageCarmed", ManageCarmedNamespaces.Path,
        ManageCarmedNamespaces.Interface, "soa/ManageCarmed", "ManageCarmedV1.wsdl", "ManageCarmedV1.xsd", "manageCarmedFault",
        [.. ManageCarmedNamespaces.Operations.Select(o => (o, ManageCarmedNamespaces.Action(o), o + "Request"))]);
}
