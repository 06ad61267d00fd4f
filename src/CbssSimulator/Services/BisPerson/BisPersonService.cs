using System.Xml.Linq;
using CbssSimulator.Clock;
using CbssSimulator.Integrations;
using CbssSimulator.Registry;
using CbssSimulator.Wire.CommonV3;
using CbssSimulator.Soap;
using Microsoft.Extensions.Options;

namespace CbssSimulator.Services.BisPerson;

/// <summary>
/// BisPersonService (modelled contract). registerPerson creates a BIS number (no integration control: the number does
/// not exist yet), refusing a likely duplicate — same phonetic last name and a birth date that can be the same —
/// unless forceRegistration. replaceSSIN replaces a BIS number by another BIS or a National Register number when the
/// caller integrates the old one at D (any CPAS code); afterwards the old number answers MSG00006 with newSSIN.
/// </summary>
public sealed class BisPersonService(PersonStore persons, CpasStore cpas, IntegrationStore integrations, IntegrationControl control,
    SimulatorClock clock, CallContext call, IOptions<SoapHostOptions> options) : IBisPersonService
{
    public static readonly ControlRow ReplaceRow = ControlTable.Get("BisPersonService", "replaceSSIN");

    public Task<RegisterPersonResponseMessage> RegisterPersonAsync(RegisterPersonRequestMessage request)
    {
        var received = clock.UtcNow;
        var body = request.Body!;
        var response = new RegisterPersonResponse { InformationCustomer = body.InformationCustomer, LegalContext = body.LegalContext };
        call.Cpas = body.InformationCustomer?.CustomerIdentification?.CbeNumber;
        response.Status = Register(body, response);
        response.InformationCbss = SoaCall.Cbss(clock, received);
        call.Ssin = response.Ssin;
        (call.Outcome, call.Code) = (response.Status.Value, response.Status.Code);
        return Task.FromResult(new RegisterPersonResponseMessage { Body = response });
    }

    public Task<ReplaceSsinResponseMessage> ReplaceSsinAsync(ReplaceSsinRequestMessage request)
    {
        var received = clock.UtcNow;
        var body = request.Body!;
        var response = new ReplaceSsinResponse
        {
            InformationCustomer = body.InformationCustomer, LegalContext = body.LegalContext, OldSsin = body.OldSsin, NewSsin = body.NewSsin,
        };
        (call.Cpas, call.Ssin) = (body.InformationCustomer?.CustomerIdentification?.CbeNumber, body.OldSsin);
        response.Status = Replace(body);
        response.InformationCbss = SoaCall.Cbss(clock, received);
        (call.Outcome, call.Code) = (response.Status.Value, response.Status.Code);
        return Task.FromResult(new ReplaceSsinResponseMessage { Body = response });
    }

    private Status Register(RegisterPersonRequest body, RegisterPersonResponse response)
    {
        if (SoaCall.CheckCaller(body.InformationCustomer, cpas, options.Value.StrictCallers, out _) is { } refused)
        {
            return refused;
        }

        var p = body.Person!;
        if (!IncompleteDate.TryParse(p.BirthDate, out var birth))
        {
            return StatusCatalog.NoResult(SoaStatusCodes.ValidationError, Information.Of("birthDate", p.BirthDate));
        }

        int sex = int.TryParse(p.Gender, NumberStyles.Integer, CultureInfo.InvariantCulture, out int g) ? g : 0;
        var application = new BisApplication(p.LastName!, p.FirstName, birth, sex, int.TryParse(p.Nationality, NumberStyles.Integer, CultureInfo.InvariantCulture, out int nat) ? nat : null,
            int.TryParse(p.CivilState, NumberStyles.Integer, CultureInfo.InvariantCulture, out int cs) ? cs : null, int.TryParse(p.BirthPlace?.MunicipalityCode, NumberStyles.Integer, CultureInfo.InvariantCulture, out int bm) ? bm : null,
            int.TryParse(p.BirthPlace?.CountryCode, NumberStyles.Integer, CultureInfo.InvariantCulture, out int bc) ? bc : null, p.BirthPlace?.Description,
            p.Address?.PostalCode, p.Address?.Street, p.Address?.HouseNumber, p.Address?.Box);
        if (body.ForceRegistration is not ("true" or "1") && BisRegistration.Duplicates(persons, application) is { Count: > 0 } twins)
        {
            response.Candidates = twins.Select(t => new Candidate { Ssin = t.Ssin, LastName = t.LastName, FirstName = t.FirstNames, BirthDate = t.BirthDate }).ToList();
            return StatusCatalog.NoResult(SoaStatusCodes.BisLikelyDuplicate, [.. twins.Select(t => Information.Of("candidate", t.Ssin))]);
        }

        var ssin = BisRegistration.Register(persons, application, clock.Today);
        response.Ssin = ssin;
        return StatusCatalog.DataFound();
    }

    private Status Replace(ReplaceSsinRequest body)
    {
        if (SoaCall.CheckCaller(body.InformationCustomer, cpas, options.Value.StrictCallers, out var caller) is { } refused)
        {
            return refused;
        }

        if (SoaCall.CheckSsin(body.OldSsin, persons, out var old) is { } oldStatus)
        {
            return oldStatus;
        }

        if (old!.Register != Registers.Bis)
        {
            return StatusCatalog.NoResult(SoaStatusCodes.ValidationError, Information.Of("oldSsin", "only a BIS number can be replaced: " + old.Ssin));
        }

        if (!control.Check(ReplaceRow, caller!.Cbe, old.Ssin).Allowed)
        {
            return SoaCall.NotIntegrated(old.Ssin, caller.Cbe);
        }

        if (SoaCall.CheckSsin(body.NewSsin, persons, out var replacement) is { } newStatus)
        {
            newStatus.Information.Insert(0, Information.Of("fieldName", "newSsin"));
            return newStatus;
        }

        if (replacement!.Ssin == old.Ssin)
        {
            return StatusCatalog.NoResult(SoaStatusCodes.ValidationError, Information.Of("newSsin", "the new number is the old one"));
        }

        persons.Replace(old.Ssin, replacement.Ssin, clock.Today, caller.Cbe);
        foreach (var integration in integrations.ForSsin(old.Ssin))
        {
            integrations.Register(integration.Cbe, replacement.Ssin, integration.QualityCode, integration.Period);
        }

        return StatusCatalog.DataFound();
    }

    public static SoapEndpoint Endpoint(ContractSchemas schemas) => new()
    {
        Path = BisPersonNamespaces.Path,
        Service = "BisPersonService",
        ContractFolder = "soa/BisPersonService",
        WsdlFile = "BisPersonServiceV1.wsdl",
        Operations =
        [
            new SoapOperation("registerPerson", BisPersonNamespaces.RegisterAction, XName.Get("registerPersonRequest", BisPersonNamespaces.Interface)),
            new SoapOperation("replaceSSIN", BisPersonNamespaces.ReplaceAction, XName.Get("replaceSSINRequest", BisPersonNamespaces.Interface)),
        ],
        Schemas = schemas.Load("soa/BisPersonService/BisPersonServiceServiceV1.xsd"),
        FaultElement = XName.Get("bisPersonFault", BisPersonNamespaces.Interface),
        ContentFailureFault = (_, issues, now) => StatusCatalog.Fault(XName.Get("bisPersonFault", BisPersonNamespaces.Interface), SoaStatusCodes.ValidationError,
            "A validation error occurred.", null, SoaCall.Cbss(now, now), client: true,
            Information.Of(issues[0].Missing ?? issues[0].Field, issues[0].Missing is null ? issues[0].Value ?? issues[0].Message : "missing")),
        TechnicalError = (_, now) => new TechnicalAnswer(null, StatusCatalog.Fault(XName.Get("bisPersonFault", BisPersonNamespaces.Interface), SoaStatusCodes.InternalError,
            "An error occurred while servicing your request.", null, SoaCall.Cbss(now, now), client: false)),
    };
}
