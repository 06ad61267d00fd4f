using CbssSimulator.Clock;
using CbssSimulator.Integrations;
using CbssSimulator.Registry;

namespace CbssSimulator.Wire.CommonV3;

/// <summary>Shared steps of the SOA (common v3) services: informationCBSS, the caller's KBO and the SSIN checks, in the BCSS order.</summary>
public static class SoaCall
{
    public static InformationCbss Cbss(SimulatorClock clock, DateTimeOffset received) => Cbss(received, clock.UtcNow);

    public static InformationCbss Cbss(DateTimeOffset received, DateTimeOffset replied) => new()
    {
        TicketCbss = CommonV3.TicketCbss.New().ToString(),
        TimestampReceive = Timestamp(received),
        TimestampReply = Timestamp(replied),
    };

    /// <summary>CommonV3 xs:dateTime values in UTC with Z (docs/decisions.md, "One clock").</summary>
    public static string Timestamp(DateTimeOffset t) => IsoDate.Instant(t);

    /// <summary>
    /// The caller (docs/decisions.md, "Who is calling"): cbeNumber; sector + institution, a bad checksum → MSG00008;
    /// unknown in strict mode → MSG00013.
    /// </summary>
    public static Status? CheckCaller(InformationCustomer? customer, CpasStore cpas, bool strict, out CpasRow? caller)
    {
        caller = null;
        var id = customer?.CustomerIdentification;
        if (id?.CbeNumber is null)
        {
            return StatusCatalog.NoResult(SoaStatusCodes.ValidationError, Information.Of("customerIdentification",
                "A CPAS identifies itself with cbeNumber (sector + institution is not accepted for this service)"));
        }

        var (found, problem) = cpas.ResolveCaller(id.CbeNumber, strict);
        caller = found;
        return problem switch
        {
            CallerProblem.None => null,
            CallerProblem.UnknownStrict => StatusCatalog.NoResult(SoaStatusCodes.LegalContextRefused, Information.Of("cbeNumber", id.CbeNumber)),
            _ => StatusCatalog.NoResult(SoaStatusCodes.ValidationError, Information.Of("cbeNumber", id.CbeNumber)),
        };
    }

    /// <summary>SSIN checks (docs/decisions.md, "SSIN checks"): pattern → MSG00008, checksum → MSG00011, unknown → MSG00005.</summary>
    public static Status? CheckSsin(string? ssin, PersonStore persons, out PersonRow? person)
    {
        person = null;
        switch (Ssin.Check(ssin))
        {
            case SsinCheck.BadPattern:
                return StatusCatalog.NoResult(SoaStatusCodes.ValidationError, Information.Of("ssin", ssin));
            case SsinCheck.BadChecksum:
                return StatusCatalog.NoResult(SoaStatusCodes.SsinInvalid, Information.Of("ssin", ssin));
        }

        if (persons.ReplacedBy(ssin!) is { } replacement)
        {
            return StatusCatalog.NoResult(SoaStatusCodes.SsinReplaced, Information.Of("ssin", ssin), Information.Of("newSSIN", replacement));
        }

        person = persons.Find(ssin!);
        return person is null ? StatusCatalog.NoResult(SoaStatusCodes.SsinUnknown, Information.Of("ssin", ssin)) : null;
    }

    /// <summary>
    /// The checks of a consultation on one SSIN, in the BCSS order: caller, SSIN (MSG00008/11/05/06), then the
    /// integration control of <paramref name="row"/> (MSG00012); null when all pass.
    /// </summary>
    public static Status? CheckConsult(System.Xml.Linq.XElement request, string? ssin, CpasStore cpas, PersonStore persons,
        IntegrationControl control, Integrations.ControlRow row, bool strict, out CpasRow? caller, out PersonRow? person, out IReadOnlyList<int> codes,
        Integrations.Period? requested = null)
    {
        person = null;
        codes = [];
        if (CheckCaller(SoaAnswer.Customer(request), cpas, strict, out caller) is { } refusedCaller)
        {
            return refusedCaller;
        }

        if (CheckSsin(ssin, persons, out person) is { } refusedSsin)
        {
            return refusedSsin;
        }

        var verdict = control.Check(row, caller!.Cbe, person!.Ssin, requested);
        codes = verdict.MatchedCodes;
        return verdict.Allowed ? null : NotIntegrated(person.Ssin, caller.Cbe);
    }

    /// <summary>The integration-control refusal (docs/decisions.md, "Integration refusals").</summary>
    public static Status NotIntegrated(string ssin, string cbe) => StatusCatalog.NoResult(SoaStatusCodes.NotIntegrated,
        Information.Of("details", "The SSIN is not integrated for the given PCSA"),
        Information.Of("ssin", ssin),
        Information.Of("cbeNumber", cbe));
}
