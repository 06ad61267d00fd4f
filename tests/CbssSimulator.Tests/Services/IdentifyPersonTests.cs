using CbssSimulator.Tests.Support;
using Xunit;
using static CbssSimulator.Tests.Support.Envelopes;

namespace CbssSimulator.Tests.Services;

public class IdentifyPersonTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private readonly SoapClient client = factory.Soap();

    private Task<SsdnReply> Identify(string body) => client.SsdnAsync(Ssdn("OCMWCPASIdentifyPerson", body));

    [Fact]
    public async Task BySsin_WithPhoneticCriteria_Warns21007001_AndAnswersThePerson()
    {
        var reply = await Identify(IdentifyBySsin(People.Stefaan, phonetic: Phonetic("DE WACHTER", "1985-07-30")));
        Assert.Equal("WARNING", reply.ContextOk);
        Assert.Equal(["20000001"], reply.ContextCodes);
        Assert.Equal(["21007001"], reply.ServiceCodes);
        Assert.Equal(People.Stefaan, reply.Body!.Descendants().First(e => e.Name.LocalName == "SocialSecurityUser").Value);
        Assert.Null(reply.Body.Descendants().FirstOrDefault(e => e.Name.LocalName == "Extended"));
    }

    [Fact]
    public async Task BySsin_PersonDataExact_Validates_AndGivesExtended()
    {
        var reply = await Identify(IdentifyBySsin(People.Stefaan, PersonData("De Wachter", "1985-07-30", "Stefaan")));
        Assert.Equal(["12007001"], reply.ServiceCodes);
        Assert.Equal("YES", reply.ServiceOk);
        var extended = reply.Body!.Descendants().Single(e => e.Name.LocalName == "Extended");
        Assert.Equal("150", extended.Elements().Single(e => e.Name.LocalName == "NationalityCode").Value);
    }

    [Fact]
    public async Task BySsin_PersonDataDifferingByCaseOnly_Warns22007007_WithRegistryValues_AndStillValidates()
    {
        var reply = await Identify(IdentifyBySsin(People.Stefaan, PersonData("DE WACHTER", "1985-07-30", "STEFAAN")));
        Assert.Equal(["22007007", "12007001"], reply.ServiceCodes);
        Assert.Contains(("Phonetic Information: Last Name", "De Wachter"), reply.Information("22007007"));
        Assert.Contains(("SSIN", People.Stefaan), reply.Information("22007007"));
        Assert.NotNull(reply.Body!.Descendants().SingleOrDefault(e => e.Name.LocalName == "Extended"));
    }

    [Fact]
    public async Task BySsin_RealMismatch_Warns22007007Only_WithoutExtended()
    {
        var reply = await Identify(IdentifyBySsin(People.Stefaan, PersonData("DE WACHTER", "1985-07-30", "SABINE")));
        Assert.Equal(["22007007"], reply.ServiceCodes);
        Assert.Null(reply.Body!.Descendants().FirstOrDefault(e => e.Name.LocalName == "Extended"));
    }

    [Fact]
    public async Task BySsin_MatchingSisCard_Validates()
    {
        var p = People.Adult(3);
        var reply = await Identify(IdentifyBySsin(p.Ssin, $"<ip:VerificationData><ip:SISCardNumber>{p.SisCard}</ip:SISCardNumber></ip:VerificationData>"));
        Assert.Equal(["12007001"], reply.ServiceCodes);
    }

    public static readonly string Unknown = CbssSimulator.Registry.Ssin.Create(new(1985, 7, 30), 997, CbssSimulator.Registry.SsinKind.Rn);

    [Theory]
    [InlineData("85073003327", "31000011")]
    [InlineData("unknown", "32000005")]
    public async Task BySsin_BadChecksumOrUnknown_IsAnError(string ssin, string code)
    {
        ssin = ssin == "unknown" ? Unknown : ssin;
        Assert.Null(TestRegistry.People.Find(Unknown));
        var reply = await Identify(IdentifyBySsin(ssin));
        Assert.Equal("NO", reply.ContextOk);
        Assert.Equal(["30000001"], reply.ContextCodes);
        Assert.Equal([code], reply.ServiceCodes);
        Assert.Equal("10000", reply.ServiceReturnCode);
        Assert.Null(reply.Body);
    }

    [Fact]
    public async Task EmptyLastNames_GiveBoth31000007Details_AsInTheCapturedReply()
    {
        var reply = await Identify(IdentifyBySsin(People.Stefaan, PersonData("", "1985-07-30"), Phonetic("", "1985-07-30")));
        Assert.Equal(["31000007", "31000007"], reply.ServiceCodes);
        Assert.Contains(("Phonetic Criteria: Last Name", null), reply.Information("31000007"));
        Assert.Contains(("Phonetic Information: Last Name", null), reply.Information("31000007"));
    }

    [Fact]
    public async Task SsinAndBirthDateOnly_IsAMissingLastName() =>
        Assert.Equal(["31000007"], (await Identify(IdentifyBySsin(People.Stefaan, phonetic: Phonetic(null, "1985-07-30")))).ServiceCodes);

    [Fact]
    public async Task NoCriteria_IsAMissingArgument() =>
        Assert.Equal(["31000007"], (await Identify($"<ip:IdentifyPersonRequest xmlns:ip=\"{IpNs}\"><ip:SearchCriteria/></ip:IdentifyPersonRequest>")).ServiceCodes);

    [Fact]
    public async Task IncompleteBirthDate_WithoutTolerance_Is31009001()
    {
        var reply = await Identify(IdentifyPhonetic(Phonetic("MUSTERMANN", "1938-06-00")));
        Assert.Equal(["31009001"], reply.ServiceCodes);
        Assert.Contains(("Phonetic Criteria: Birth Date", "1938-06-00"), reply.Information("31009001"));
    }

    [Fact]
    public async Task ToleranceOutside0To10_IsAnErrorNamingTheField() =>
        Assert.Equal(["31009002"], (await Identify(IdentifyPhonetic(Phonetic("DEWACHTER", "1975-00-00", tolerance: 11)))).ServiceCodes);

    [Theory]
    [InlineData("DEWACHTER", "STEFANIE")]
    [InlineData("De Wachter", "Stéphanie")]
    [InlineData("dewachter", null)]
    public async Task Phonetic_SpellingsAsHeard_FindStephanieDeWachter(string last, string? first)
    {
        var reply = await Identify(IdentifyPhonetic(Phonetic(last, "1975-00-00", first, tolerance: 5, maximum: 20)));
        var found = reply.Body!.Descendants().Where(e => e.Name.LocalName == "SocialSecurityUser").Select(e => e.Value).ToList();
        Assert.Contains(Stephanie.Ssin, found);
    }

    private static CbssSimulator.Registry.PersonRow Stephanie => People.Where("LastName = 'De Wachter' AND FirstNames LIKE 'St%phanie%'");

    /// <summary>Stéphanie De Wachter is born 1976-03-14: one unit of tolerance inside / outside each window form.</summary>
    [Theory]
    [InlineData("1976-03-10", 4, true)]
    [InlineData("1976-03-10", 3, false)]
    [InlineData("1976-01-00", 2, true)]
    [InlineData("1976-01-00", 1, false)]
    [InlineData("1974-00-00", 2, true)]
    [InlineData("1974-00-00", 1, false)]
    [InlineData("1976-03-14", 0, true)]
    public async Task Phonetic_ToleranceWindows_FollowTheSeeds(string birth, int tolerance, bool found)
    {
        var reply = await Identify(IdentifyPhonetic(Phonetic("DEWACHTER", birth, "STEPHANIE", tolerance)));
        var ssins = reply.Body?.Descendants().Where(e => e.Name.LocalName == "SocialSecurityUser").Select(e => e.Value).ToList() ?? [];
        Assert.Equal(found, ssins.Contains(Stephanie.Ssin));
        if (!found && ssins.Count == 0)
        {
            Assert.Equal(["32007004"], reply.ServiceCodes);
        }
    }

    [Fact]
    public async Task Phonetic_GenderFilters()
    {
        var reply = await Identify(IdentifyPhonetic(Phonetic("DEWACHTER", "1976-03-14", "STEPHANIE", 0, gender: 1)));
        Assert.Equal(["32007004"], reply.ServiceCodes);
    }

    [Fact]
    public async Task Phonetic_MoreHitsThanMaximum_ReturnsTheBestN_WithAWarning()
    {
        using var c = new CbssSimulator.Registry.RegistryDatabase(TestRegistry.TemplatePath).Open();
        var (name, year) = Dapper.SqlMapper.QueryFirst<(string, string)>(c,
            "SELECT LastName, substr(BirthDate, 1, 4) FROM Person GROUP BY LastKey, substr(BirthDate, 1, 4) ORDER BY count(*) DESC, 1 LIMIT 1");
        var reply = await Identify(IdentifyPhonetic(Phonetic(name, year + "-00-00", tolerance: 0, maximum: 1)));
        Assert.Single(reply.Body!.Descendants(), e => e.Name.LocalName == "LimitedLegalData");
        Assert.Equal(["21007002"], reply.ServiceCodes);
    }

    [Fact]
    public async Task Phonetic_NoMatch_Is32007004() =>
        Assert.Equal(["32007004"], (await Identify(IdentifyPhonetic(Phonetic("MARS", "1970-08-16")))).ServiceCodes);

    [Fact]
    public async Task BisPerson_ComesFromTheBcssRegister()
    {
        var bis = People.Where("Register = 'BIS'");
        var reply = await Identify(IdentifyBySsin(bis.Ssin));
        Assert.Equal("BCSS_KSZ", reply.Body!.Descendants().Single(e => e.Name.LocalName == "LimitedLegalData").Attribute("origin")!.Value);
    }
}
