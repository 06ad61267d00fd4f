namespace CbssSimulator.Scenarios;

/// <summary>A scenario file as written (YAML or JSON, checked against scenarios/scenario.schema.json).</summary>
public sealed class ScenarioFile
{
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public PopulationSpec? Population { get; set; }
    public string? Today { get; set; }
    public List<CpasSpec> Cpas { get; set; } = [];
    public List<PersonSpec> Persons { get; set; } = [];
    public List<IntegrationSpec> Integrations { get; set; } = [];
    public VestaSpec? Vesta { get; set; }
    public FaultsSpec? Faults { get; set; }
    public List<ExpectationSpec> Expectations { get; set; } = [];
    public List<Notifications.EventSpec> Events { get; set; } = [];
    public List<CpasOnline.OnlineRequestSpec> OnlineRequests { get; set; } = [];
}

public sealed class PopulationSpec
{
    public int Seed { get; set; } = 42;
    public int Persons { get; set; }
}

public sealed class CpasSpec
{
    public string Cbe { get; set; } = "";
    public string? Name { get; set; }
    public string? Region { get; set; }
    public int? NisCode { get; set; }

    /// <summary>Where the CPAS's software receives its notifications (docs/notifications.md); absent: it pulls them.</summary>
    public string? Endpoint { get; set; }
}

public sealed class PersonSpec
{
    public string? Id { get; set; }
    public string? Ssin { get; set; }
    public string LastName { get; set; } = "";
    public string? FirstNames { get; set; }
    public string BirthDate { get; set; } = "";
    public int? Sex { get; set; }
    public int Nationality { get; set; } = 150;
    public string Register { get; set; } = "RN";
    public int CivilState { get; set; } = 10;
    public string? CivilStateSince { get; set; }
    public string? DeathDate { get; set; }
    public string? BirthPlace { get; set; }
    public string? SisCard { get; set; }
    public string? EidCard { get; set; }
    public AddressSpec? Address { get; set; }
    public string? Household { get; set; }
    public string Role { get; set; } = "head";
    public SourcesSpec? Sources { get; set; }
}

/// <summary>A person's data at the authentic sources (replaces the generated careers).</summary>
public sealed class SourcesSpec
{
    public List<EmploymentSpec> Employments { get; set; } = [];
    public List<SelfEmploymentSpec> SelfEmployment { get; set; } = [];
    public List<UnemploymentSpec> Unemployment { get; set; } = [];
}

public sealed class UnemploymentSpec
{
    public string Nature { get; set; } = "FULL_UNEMPLOYMENT";
    public string Start { get; set; } = "";
    public string? End { get; set; }
    public double DailyAmount { get; set; } = 55;
    public string? SanctionStart { get; set; }
    public string? SanctionEnd { get; set; }
}

public sealed class EmploymentSpec
{
    public string Employer { get; set; } = "0400000086";
    public string Start { get; set; } = "";
    public string? End { get; set; }
    public string WorkerType { get; set; } = "OTH";
    public int WorkingTime { get; set; } = 100;
    public double MonthlyWage { get; set; } = 2500;
}

public sealed class SelfEmploymentSpec
{
    public string Start { get; set; } = "";
    public string? End { get; set; }
    public string Category { get; set; } = "PRINCIPAL";
    public string Fund { get; set; } = "101";
    public double AnnualIncome { get; set; } = 30000;
    public bool Irregular { get; set; }
}

public sealed class AddressSpec
{
    public string PostalCode { get; set; } = "";
    public string Street { get; set; } = "";
    public string HouseNumber { get; set; } = "";
    public string? Box { get; set; }
    public string? Since { get; set; }
}

public sealed class IntegrationSpec
{
    public string? Person { get; set; }
    public string Cpas { get; set; } = "";
    public int QualityCode { get; set; }
    public string Start { get; set; } = "";
    public string? End { get; set; }
}

/// <summary>The Vesta world a scenario sets (docs/vesta.md, "In a scenario").</summary>
public sealed class VestaSpec
{
    public List<VestaEmploymentSpec> Employments { get; set; } = [];
    public List<VestaDossierSpec> Dossiers { get; set; } = [];
}

public sealed class VestaEmploymentSpec
{
    public string Person { get; set; } = "";
    public string Cpas { get; set; } = "";
    public string Start { get; set; } = "";
    public string? End { get; set; }
    public string? Function { get; set; }
    public string? LicenceNumber { get; set; }
    public string? CareStatus { get; set; }
}

public sealed class VestaDossierSpec
{
    public string Person { get; set; } = "";
    public string Cpas { get; set; } = "";
    public string Start { get; set; } = "";
    public string? Number { get; set; }
    public string? HelpType { get; set; }
    public string? Profile { get; set; }
    public decimal? Contribution { get; set; }
    public bool ActivePeriod { get; set; } = true;
}

public sealed class FaultsSpec
{
    public int Seed { get; set; }
    public List<FaultRuleSpec> Rules { get; set; } = [];
}

public sealed class FaultRuleSpec
{
    public string Service { get; set; } = "";
    public string? Operation { get; set; }
    public string Kind { get; set; } = "";
    public int DelayMs { get; set; }
    public int? DelayMaxMs { get; set; }
    public double Probability { get; set; } = 1;
    public int? Count { get; set; }
}

/// <summary>A call the client under test must (or must not) make.</summary>
public sealed class ExpectationSpec
{
    public string? Description { get; set; }
    public string Service { get; set; } = "";
    public string? Operation { get; set; }
    public string? Person { get; set; }
    public string? Cpas { get; set; }
    public string? Code { get; set; }
    public int? Count { get; set; }
    public int? Min { get; set; }
    public int? Max { get; set; }
    public bool Never { get; set; }
}
