using System.Xml.Linq;
using CbssSimulator.Registry;
using CbssSimulator.Tests.Support;
using Dapper;
using Xunit;

namespace CbssSimulator.Tests.Services;

/// <summary>
/// The TI table of seed 003 §5 through Tx25: each TI the registry carries, for the applicant view (001–009) and the
/// debtor view (030 alone); 208 and 212 never. Every answer is checked against the official schemas and our contract
/// by the client. Each case integrates with a CPAS of its own, so the cases' integrations never mix.
/// </summary>
public class Tx25TiTableTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private static readonly XNamespace R = "http://www.ibz.rrn.fgov.be/XSD/xm25/rn25Schema";
    private readonly SoapClient client = factory.Soap();

    /// <summary>TI, its group element, and whether seed 003 §5's debtor column allows it.</summary>
    public static TheoryData<string, string, bool> Tis => new()
    {
        { "003", "AscertainedLegalMainAddresses", true }, { "006", "CountriesOfOrigin", false }, { "024", "AddressReferences", true },
        { "026", "TemporaryAbsences", true }, { "111", "ParentalAuthorities", true }, { "070", "Occupations", true }, { "110", "Filiations", false },
        { "113", "Guardians", true }, { "122", "MarriageContracts", true }, { "123", "LegalCohabitations", false },
        { "152", "BurialModes", false }, { "153", "Funeral", false }, { "190", "AcknowledgedWarTitles", false },
        { "191", "DrivingLicenses", false }, { "192", "OrganDonations", false }, { "193", "HawkersCards", false },
        { "194", "DrivingLicensesOldModel", false }, { "197", "EmploymentCards", false }, { "198", "WorkPermits", false },
        { "199", "Passports", false }, { "200", "PublicSecurityNumbers", true }, { "202", "SpecialInfos", false },
        { "205", "RefugeeTypes", false }, { "206", "StatusOfRefugee", false }, { "207", "OrganizationsInCharge", false },
        { "211", "DocumentTypes", false }, { "213", "Aliases", false }, { "214", "StatedAddresses", false },
        { "252", "NotCommunicable", true },
    };

    private static IReadOnlyList<string> Groups(XElement response) =>
        response.Element("rrn_it_implicit")?.Elements().Select(e => e.Name.LocalName).ToList() ?? [];

    private static string Cpas(int n) => RegistryGenerator.CpasList().ElementAt(100 + n).Cbe;

    private static PersonRow WithFact(string ti) =>
        People.Where($"Ssin IN (SELECT Ssin FROM RnFact WHERE Ti = '{ti}') AND Ssin IN (SELECT Ssin FROM Address)");

    [Theory]
    [MemberData(nameof(Tis))]
    public async Task EachTi_IsInTheApplicantView_AndInTheDebtorViewOnlyWhereSeed003AllowsIt(string ti, string group, bool debtor)
    {
        var p = WithFact(ti);
        string cbe = Cpas(int.Parse(ti, CultureInfo.InvariantCulture));
        await client.RegisterAsync(p, 30, "2026-11-01", cbe: cbe);
        var debtorView = await client.Tx25Async(p.Ssin, cbe, history: true);
        Assert.Equal("DATA_FOUND", debtorView.Element("status")!.Element("value")!.Value);
        Assert.Equal(debtor, Groups(debtorView).Contains(group));

        await client.RegisterAsync(p, 1, "2026-11-01", cbe: cbe);
        var applicant = await client.Tx25Async(p.Ssin, cbe, history: true);
        Assert.Contains(group, Groups(applicant));
        Assert.All(applicant.Element("rrn_it_implicit")!.Element(R + group)!.DescendantsAndSelf().Where(e => e.Attribute("Type") is not null),
            e => Assert.Equal(ti, e.Attribute("Type")!.Value));
    }

    [Fact]
    public async Task WaitingRegisterPerson_HasItsTis_But208And212AreShownToNobody()
    {
        var p = People.Where("Register = 'WAITING' AND DeathDate IS NULL AND Ssin IN (SELECT Ssin FROM RnFact WHERE Ti = '208') AND Ssin IN (SELECT Ssin FROM RnFact WHERE Ti = '212')");
        string cbe = Cpas(300);
        await client.RegisterAsync(p, 30, "2026-11-01", cbe: cbe);
        var debtor = Groups(await client.Tx25Async(p.Ssin, cbe, history: true));
        await client.RegisterAsync(p, 1, "2026-11-01", cbe: cbe);
        var applicant = Groups(await client.Tx25Async(p.Ssin, cbe, history: true));

        Assert.Superset(new HashSet<string> { "RefugeeTypes", "StatusOfRefugee", "OrganizationsInCharge", "RegistrationRegisters", "DocumentTypes", "PublicSecurityNumbers" },
            applicant.ToHashSet());
        Assert.DoesNotContain("RegistrationRegisters", debtor);
        Assert.Contains("PublicSecurityNumbers", debtor);
        foreach (var view in new[] { applicant, debtor })
        {
            Assert.DoesNotContain("PseudoNationalNumbers", view);
            Assert.DoesNotContain("ChoosenResidences", view);
        }
    }

    [Fact]
    public async Task RegistrationRegister_OfAWaitingRegisterPerson_IsTheWaitingRegister()
    {
        var p = People.Where("Register = 'WAITING' AND DeathDate IS NULL", 1);
        string cbe = Cpas(301);
        await client.RegisterAsync(p, 1, "2026-11-01", cbe: cbe);
        var answer = await client.Tx25Async(p.Ssin, cbe, language: "nl");
        Assert.Equal(("3", "Wachtregister"), Code(answer.Descendants(R + "RegistrationRegister").Elements(R + "RegistrationRegister").Single()));
    }

    [Fact]
    public async Task IdentityCard_OfALivingAdult_IsCurrent()
    {
        string cbe = Cpas(302);
        var reference = new DateOnly(2026, 1, 1); // the test registry's reference date
        foreach (var p in new[] { People.Adult(60), People.Where("Register = 'RN' AND DeathDate IS NULL AND BirthDate < '1945'"), People.Find(People.Stefaan) })
        {
            await client.RegisterAsync(p, 1, "2026-11-01", cbe: cbe);
            var card = (await client.Tx25Async(p.Ssin, cbe)).Descendants(R + "IdentityCard").Single();
            var issued = DateOf(card.Element(R + "Date")!);
            var expires = DateOf(card.Element(R + "ExpiryDate")!);
            Assert.True(issued <= reference && expires >= reference, $"{p.Ssin}: card {issued}–{expires}");
            Assert.True(issued > IncompleteDate.Parse(p.BirthDate).Earliest.AddYears(12), $"{p.Ssin}: card dated {issued}, born {p.BirthDate}");
        }
    }

    [Fact]
    public void ScenarioPersonsCard_IsCurrentOnTheScenariosDay_NotDatedFromItsAddressSinceBirth()
    {
        var scenario = CbssSimulator.Scenarios.ScenarioLoader.Load(Path.Combine(Admin.ScenarioTests.Folder, "alimony-debtor.yaml"));
        var db = RegistryGenerator.Generate(new GenerationOptions(42, 0), TestTemp.File("card.db"));
        CbssSimulator.Scenarios.ScenarioBuilder.Apply(scenario, db);
        var debtor = new PersonStore(db).Find("70021012391")!; // an address without a start: it runs from birth (1970)
        Assert.True(string.CompareOrdinal(debtor.EidValidFrom, "2026-11-23") <= 0 && string.CompareOrdinal(debtor.EidValidTo, "2026-11-23") >= 0,
            $"card {debtor.EidValidFrom}–{debtor.EidValidTo}");
        Assert.Contains(NationalRegisterFacts.Of(db, debtor.Ssin), f => f.Ti == "070" || f.Ti == "191" || f.Ti == "199" || f.Ti == "003");
    }

    [Fact]
    public async Task Filiation_NamesTheParentsOfTheHousehold()
    {
        var child = WithFact("110");
        string cbe = Cpas(303);
        await client.RegisterAsync(child, 1, "2026-11-01", cbe: cbe);
        var filiation = (await client.Tx25Async(child.Ssin, cbe)).Descendants(R + "Filiation").Single();
        var parent = filiation.Element(R + "Parent1")!.Element(R + "NationalNumber")!.Element(R + "NationalNumber")!.Value;
        var household = TestRegistry.People.Household(child.HouseholdId!.Value);
        Assert.Equal("01", household.Single(m => m.Ssin == parent).FamilyRole);
    }

    [Fact]
    public async Task LegalCohabitation_NamesThePartner_AndThePartnerDeclaredTheSame()
    {
        var p = WithFact("123");
        string cbe = Cpas(304);
        await client.RegisterAsync(p, 1, "2026-11-01", cbe: cbe);
        var declaration = (await client.Tx25Async(p.Ssin, cbe)).Descendants(R + "Declaration").Single();
        Assert.Equal(p.PartnerSsin, declaration.Element(R + "Partner")!.Element(R + "NationalNumber")!.Element(R + "NationalNumber")!.Value);
        using var c = new RegistryDatabase(TestRegistry.TemplatePath).Open();
        Assert.Equal(1, c.ExecuteScalar<int>("SELECT count(*) FROM RnFact WHERE Ti = '123' AND Ssin = @PartnerSsin AND Related = @Ssin", p));
    }

    [Theory]
    [InlineData("fr", "Bruxelles")]
    [InlineData("nl", "Brussel")]
    public async Task BrusselsPlaces_AreNamedInTheAnswersLanguage(string language, string name)
    {
        var p = People.Where("Register = 'RN' AND DeathDate IS NULL AND BirthPlaceNis = 21004");
        string cbe = Cpas(305);
        await client.RegisterAsync(p, 1, "2026-11-01", cbe: cbe);
        var place = (await client.Tx25Async(p.Ssin, cbe, language: language)).Descendants(R + "Place1").First();
        Assert.Equal(("21004", name), Code(place));
    }

    [Fact]
    public async Task BrusselsResidence_CarriesTheNameOfItsOwnLanguage()
    {
        Assert.Equal(("Bruxelles", "Brussel"), (Geography.Municipalities.Single(m => m.NisCode == 21004).NameIn("fr"), Geography.Municipalities.Single(m => m.NisCode == 21004).NameIn("nl")));
        foreach (var (language, code) in new[] { ("fr", "1"), ("nl", "2") })
        {
            var p = People.Where($"Register = 'RN' AND DeathDate IS NULL AND Ssin IN (SELECT Ssin FROM Address WHERE ToDate IS NULL AND NisCode BETWEEN 21001 AND 21019 AND Language = '{language}')");
            var nis = TestRegistry.People.Addresses(p.Ssin).Single(a => a.ToDate is null).NisCode;
            string cbe = Cpas(306);
            await client.RegisterAsync(p, 1, "2026-11-01", cbe: cbe);
            var residence = (await client.Tx25Async(p.Ssin, cbe, language: "de")).Descendants(R + "Residences").First();
            Assert.Equal(language == "nl" ? Geography.BrusselsNames[nis].Nl : Geography.BrusselsNames[nis].Fr, residence.Element(R + "Residence")!.Element(R + "Label")!.Value);
            Assert.Equal(code, residence.Element(R + "Language")!.Value);
        }
    }

    private static (string Code, string Label) Code(XElement e) => (e.Element(R + "Code")!.Value, e.Element(R + "Label")!.Value);

    private static DateOnly DateOf(XElement d) => new(
        int.Parse(d.Element(R + "Century")!.Value + d.Element(R + "Year")!.Value, CultureInfo.InvariantCulture),
        int.Parse(d.Element(R + "Month")!.Value, CultureInfo.InvariantCulture), int.Parse(d.Element(R + "Day")!.Value, CultureInfo.InvariantCulture));
}
