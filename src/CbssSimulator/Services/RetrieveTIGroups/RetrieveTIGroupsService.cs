using CbssSimulator.Clock;
using CbssSimulator.Integrations;
using CbssSimulator.Registry;
using CbssSimulator.Wire.CommonV3;
using CbssSimulator.Soap;
using Microsoft.Extensions.Options;

namespace CbssSimulator.Services.RetrieveTIGroups;

/// <summary>
/// Tx25: checks in the BCSS order — legal context (MSG00013), caller, SSIN (MSG00008/11/05), integration control
/// (row RetrieveTIGroups.retrieveTI: WINDOW, 001–009 and 030 → MSG00012) — then answers DATA_FOUND with the TIs of
/// the applicant or debtor view. BIS numbers are not in the National Register: NO_DATA_FOUND / MSG00100 (modelled).
/// </summary>
public sealed class RetrieveTIGroupsService(PersonStore persons, CpasStore cpas, IntegrationControl control, SimulatorClock clock, RegistryDatabase db,
    CallContext call, IOptions<SoapHostOptions> options) : IRetrieveTIGroupsService
{
    /// <summary>Accepted legal contexts: the v2 value and the two v1 values still sent by some clients (docs/decisions.md, "Tx25 legal context and view").</summary>
    public static readonly IReadOnlySet<string> LegalContexts = new HashSet<string> { "PCSA:SOCIAL_INQUIRY", "social issues", "administrative staff" };

    public static readonly ControlRow Row = ControlTable.Get("RetrieveTIGroups", "retrieveTI");

    public Task<RetrieveTIGroupsResponseMessage> RetrieveTIAsync(RetrieveTIGroupsRequestMessage request)
    {
        var received = clock.UtcNow;
        var body = request.Body ?? throw new SoapFaultException(SoapFault.Client("Missing retrieveTIGroupsRequest."));
        var search = body.SearchInformation ?? new SearchInformation();
        call.Ssin = search.Ssin;
        call.Cpas = body.InformationCustomer?.CustomerIdentification?.CbeNumber;
        var response = new RetrieveTIGroupsResponse
        {
            InformationCustomer = body.InformationCustomer,
            LegalContext = body.LegalContext,
            SearchInformation = search,
        };
        response.Status = Answer(body, search, response);
        response.InformationCbss = SoaCall.Cbss(clock, received);
        call.Outcome = response.Status.Value;
        call.Code = response.Status.Code;
        return Task.FromResult(new RetrieveTIGroupsResponseMessage { Body = response });
    }

    private Status Answer(RetrieveTIGroupsRequest body, SearchInformation search, RetrieveTIGroupsResponse response)
    {
        if (body.LegalContext is null || !LegalContexts.Contains(body.LegalContext))
        {
            return StatusCatalog.NoResult(SoaStatusCodes.LegalContextRefused, Information.Of("legalContext", body.LegalContext));
        }

        if (SoaCall.CheckCaller(body.InformationCustomer, cpas, options.Value.StrictCallers, out var caller) is { } callerStatus)
        {
            return callerStatus;
        }

        if (SoaCall.CheckSsin(search.Ssin, persons, out var person) is { } ssinStatus)
        {
            return ssinStatus;
        }

        var verdict = control.Check(Row, caller!.Cbe, person!.Ssin);
        call.QualityCodes = verdict.MatchedCodes;
        if (!verdict.Allowed)
        {
            return SoaCall.NotIntegrated(person.Ssin, caller.Cbe);
        }

        if (person.Register == Registers.Bis)
        {
            return StatusCatalog.NoResult(SoaStatusCodes.NoDataAtSupplier, Information.Of("ssin", person.Ssin));
        }

        var view = verdict.MatchedCodes.Any(c => c is >= 1 and <= 9) ? Tx25View.Applicant : Tx25View.Debtor;
        bool history = search.History is "true" or "1";
        string language = search.Language ?? "fr";
        // The groups depend on the registry alone: built once per person, language, history and view, then kept until
        // the database changes (docs/decisions.md, "Read cache").
        string groups = db.Remember(("Tx25", person.Ssin, language, history, view), () => Tx25Groups.Text(Tx25Groups.Build(Subject(person), language, history, view)));
        response.RrnItImplicit = new RrnItImplicit { Built = groups };
        return StatusCatalog.DataFound();
    }

    private Tx25Subject Subject(PersonRow person)
    {
        var facts = NationalRegisterFacts.Of(db, person.Ssin);
        var relatives = facts.SelectMany(f => new[] { f.Related, f.Other }).OfType<string>().Where(Ssin.IsValid).Distinct(StringComparer.Ordinal)
            .Select(persons.Find).OfType<PersonRow>().ToDictionary(r => r.Ssin, StringComparer.Ordinal);
        return new Tx25Subject(person, persons.Addresses(person.Ssin),
            person.HouseholdId is { } h ? persons.Household(h) : [],
            person.PartnerSsin is { } partner ? persons.Find(partner) : null,
            LegalHistory.PastNames(db, person.Ssin), LegalHistory.PastNationalities(db, person.Ssin), facts, relatives);
    }
}
