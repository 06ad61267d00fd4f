namespace CbssSimulator.Registry;

/// <summary>Where a person is registered: the National Register, its waiting register (asylum seekers) or the BCSS BIS register.</summary>
public static class Registers
{
    public const string Rn = "RN";
    public const string Waiting = "WAITING";
    public const string Bis = "BIS";

    /// <summary>Modelled register codes: 2 population/foreigners' register (as on the wire), 5 waiting register, 9 BIS register.</summary>
    public static string InscriptionRegister(string register) => register switch
    {
        Registers.Waiting => "5",
        Registers.Bis => "9",
        _ => "2",
    };
}

/// <summary>A person as stored (dates as yyyy-MM-dd text; birth dates may have 00 parts).</summary>
public sealed class PersonRow
{
    public string Ssin { get; init; } = "";
    public string Register { get; init; } = Registers.Rn;
    public string LastName { get; init; } = "";
    public string FirstNames { get; init; } = "";
    public string LastKey { get; init; } = "";
    public string FirstKeys { get; init; } = "";
    public string BirthDate { get; init; } = "";
    public int Sex { get; init; }
    public int Nationality { get; init; } = 150;
    public int CivilState { get; init; } = 10;
    public string? CivilStateSince { get; init; }
    public string? PartnerSsin { get; init; }
    public int? BirthPlaceNis { get; init; }
    public string BirthPlaceName { get; init; } = "";
    public int BirthCountry { get; init; } = 150;
    public string? DeathDate { get; init; }
    public string? SisCard { get; init; }
    public string? EidCard { get; init; }
    public string? EidValidFrom { get; init; }
    public string? EidValidTo { get; init; }
    public long? HouseholdId { get; init; }
    public string? FamilyRole { get; init; }
    public string? HouseholdSince { get; init; }
    public string RegisteredSince { get; init; } = "";
}

/// <summary>One address in a person's history; the current one has no <see cref="ToDate"/>.</summary>
public sealed class AddressRow
{
    public string Ssin { get; init; } = "";
    public int Seq { get; init; }
    public string FromDate { get; init; } = "";
    public string? ToDate { get; init; }
    public string PostalCode { get; init; } = "";
    public int NisCode { get; init; }
    public string Municipality { get; init; } = "";
    public string Language { get; init; } = "fr";
    public int StreetCode { get; init; }
    public string Street { get; init; } = "";
    public string HouseNumber { get; init; } = "";
    public string? Box { get; init; }
}

/// <summary>A CPAS/OCMW: generated (one per municipality) or added when an unknown valid KBO number called.</summary>
public sealed class CpasRow
{
    public string Cbe { get; init; } = "";
    public string Name { get; init; } = "";
    public int? NisCode { get; init; }
    public string Region { get; init; } = "";
    public string Origin { get; init; } = "generated";
}

/// <summary>What the phonetic search ranks a person by: the columns of the phonetic index.</summary>
public sealed class PhoneticCandidate
{
    public string Ssin { get; init; } = "";
    public string LastName { get; init; } = "";
    public string FirstNames { get; init; } = "";
    public string FirstKeys { get; init; } = "";
    public string BirthDate { get; init; } = "";
    public int Sex { get; init; }
}
