using System.Xml.Linq;
using CbssSimulator.Services.SocialInquiry;
using CbssSimulator.Tests.Support;
using Xunit;

namespace CbssSimulator.Tests.Services;

/// <summary>PCSASocialInquiry (Nova+, modelled): refused without an integration 001–009 at D, the person, address and household with one.</summary>
public class SocialInquiryTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private readonly SoapClient client = factory.Soap();

    private async Task<XElement> Consult(string ssin)
    {
        var answer = await client.PostAsync(SocialInquiryNamespaces.Path, SocialInquiryNamespaces.Action, $"""
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>
            <m:consultSocialInquiryRequest xmlns:m="{SocialInquiryNamespaces.Interface}"><informationCustomer><customerIdentification><cbeNumber>{Envelopes.Cbe}</cbeNumber></customerIdentification></informationCustomer>
            <legalContext>PCSA:SOCIAL_INQUIRY</legalContext><ssin>{ssin}</ssin></m:consultSocialInquiryRequest></soapenv:Body></soapenv:Envelope>
            """);
        Assert.False(answer.IsFault, answer.Text);
        return answer.Body;
    }

    private static (string Value, string Code) Status(XElement r) => (r.Element("status")!.Element("value")!.Value, r.Element("status")!.Element("code")!.Value);

    [Fact]
    public async Task NotIntegrated_IsRefusedWithMsg00012_Then001GivesThePersonAddressAndHousehold()
    {
        var head = People.Where("Register = 'RN' AND FamilyRole = '01' AND DeathDate IS NULL AND (SELECT count(*) FROM Person m WHERE m.HouseholdId = Person.HouseholdId AND m.DeathDate IS NULL) >= 3");
        var refused = await Consult(head.Ssin);
        Assert.Equal(("NO_RESULT", "MSG00012"), Status(refused));
        Assert.Null(refused.Element("inquiry"));

        await client.RegisterAsync(head, 1, "2026-11-01");
        var answer = await Consult(head.Ssin);
        Assert.Equal(("DATA_FOUND", "MSG00000"), Status(answer));
        var inquiry = answer.Element("inquiry")!;
        Assert.Equal(head.LastName, inquiry.Element("person")!.Element("lastName")!.Value);
        Assert.Equal(TestRegistry.People.CurrentAddress(head.Ssin)!.Street, inquiry.Element("address")!.Element("street")!.Value);
        Assert.Equal(TestRegistry.People.Household(head.HouseholdId!.Value).Where(m => m.Ssin != head.Ssin && m.DeathDate is null).Select(m => m.Ssin).Order(),
            inquiry.Elements("householdMember").Select(m => m.Element("ssin")!.Value).Order());
    }

    [Fact]
    public async Task DebtorCode030_IsNotEnough()
    {
        var p = People.Adult(70);
        await client.RegisterAsync(p, 30, "2026-11-01");
        Assert.Equal(("NO_RESULT", "MSG00012"), Status(await Consult(p.Ssin)));
    }
}
