using System.Xml.Linq;
using CbssSimulator.Services.Mediprima;
using CbssSimulator.Tests.Support;
using Xunit;
using static CbssSimulator.Tests.Services.Mediprima.ManageCarmedTests;
using static CbssSimulator.Tests.Support.Envelopes;

namespace CbssSimulator.Tests.Services.Mediprima;

/// <summary>MediPrima UMA v1 (public eHealth schema): a doctor sends, searches and deletes; the CPAS reads them with ManageCarmed.</summary>
public class UrgentMedicalAidTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private const string Author = """
        <p:Author xmlns:p="urn:be:fgov:ehealth:commons:protocol:v2" xmlns:c="urn:be:fgov:ehealth:commons:core:v2"><c:HcParty>
          <c:Id Type="urn:be:fgov:ehealth:1.0:physician:nihii-number">{0}</c:Id><c:FirstName>Anne</c:FirstName><c:Name>Dubois</c:Name></c:HcParty></p:Author>
        """;

    private readonly SoapClient client = factory.Soap();

    private async Task<(bool Fault, XElement Body, string Text)> Uma(string op, string element, string inner)
    {
        var answer = await client.PostAsync(UmaNamespaces.Path, UmaNamespaces.Action(op), $"""
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>
            <u:{element} xmlns:u="{UmaNamespaces.Protocol}" Id="_q1" IssueInstant="2026-11-23T10:00:00Z">{inner}</u:{element}></soapenv:Body></soapenv:Envelope>
            """);
        if (!answer.IsFault && OfficialSchemas.SharedFolder is not null)
        {
            var errors = OfficialSchemas.ValidateEHealth(answer.Body);
            Assert.True(errors.Count == 0, string.Join("; ", errors) + "\n" + answer.Body);
        }

        return (answer.IsFault, answer.IsFault ? XElement.Parse(answer.Text) : answer.Body, answer.Text);
    }

    private Task<(bool Fault, XElement Body, string Text)> Send(string ssin, string start, string? end, string nihii = "19999999001", string cover = "AMU") =>
        Uma("sendMedicalEmergencyAttestion", "SendUrgentMedicalAidAttestationRequest", string.Format(Author, nihii)
            + $"<BeneficiarySsin>{ssin}</BeneficiarySsin><ValidityPeriod><StartDate>{start}</StartDate>{(end is null ? "" : $"<EndDate>{end}</EndDate>")}</ValidityPeriod><MedicalCover>{cover}</MedicalCover>");

    private Task<(bool Fault, XElement Body, string Text)> Search(string ssin, string criteria) =>
        Uma("searchMedicalEmergencyAttestion", "SearchUrgentMedicalAidAttestationRequest", $"<Criteria><BeneficiarySsin>{ssin}</BeneficiarySsin>{criteria}</Criteria>");

    private Task<(bool Fault, XElement Body, string Text)> Delete(string ssin, string number, string nihii) =>
        Uma("deleteMedicalEmergencyAttestion", "DeleteUrgentMedicalAidAttestationRequest", string.Format(Author, nihii)
            + $"<BeneficiarySsin>{ssin}</BeneficiarySsin><AttestationNumber>{number}</AttestationNumber>");

    [Fact]
    public async Task Send_Search_TheCpasSeesIt_OnlyTheAuthorDeletes()
    {
        var p = People.Where(Bis, 20);
        var sent = await Send(p.Ssin, Day(-3), Day(10));
        Assert.False(sent.Fault, sent.Text);
        string number = sent.Body.Element("Attestion")!.Element("AttestationNumber")!.Value;

        Assert.Equal(number, (await Search(p.Ssin, $"<AttestationNumber>{number}</AttestationNumber>")).Body.Element("Attestation")!.Element("AttestationNumber")!.Value);
        Assert.Single((await Search(p.Ssin, $"<Period><StartDate>{Day(0)}</StartDate><EndDate>{Day(5)}</EndDate></Period><MedicalCover>AMU</MedicalCover>")).Body.Elements("Attestation"));
        Assert.Contains("UMA001", (await Search(p.Ssin, $"<Period><StartDate>{Day(20)}</StartDate></Period>")).Text);

        await client.RegisterAsync(p, 1, Day(0));
        var seen = await client.SoaAsync(ManageCarmedNamespaces.Path, ManageCarmedNamespaces.Action("searchUrgentMedicalAidAttestation"), ManageCarmedNamespaces.Interface,
            "searchUrgentMedicalAidAttestationRequest", $"<ssin>{p.Ssin}</ssin><referenceDate>{Day(0)}</referenceDate>", legalContext: ManageCarmedService.LegalContext);
        Assert.Equal((number, "19999999001"), (seen.Element("attestation")!.Element("attestationNumber")!.Value, seen.Element("attestation")!.Element("author")!.Element("id")!.Value));

        Assert.Contains("UMA004", (await Delete(p.Ssin, number, "19999999002")).Text);
        var deleted = await Delete(p.Ssin, number, "19999999001");
        Assert.Equal(number, deleted.Body.Element("AttestionNumber")!.Value);
        Assert.Contains("UMA001", (await Search(p.Ssin, $"<AttestationNumber>{number}</AttestationNumber>")).Text);
    }

    [Fact]
    public async Task Refusals_AreFaultsWithTheRegistryStatus()
    {
        var unknown = await Send("85073003329", Day(0), null);
        Assert.True(unknown.Fault);
        Assert.Contains("UMA002", unknown.Body.Descendants("Code").Single().Value);
        var p = People.Where(Bis, 21);
        Assert.Contains("UMA003", (await Send(p.Ssin, Day(0), Day(-1))).Text);
        var invalid = await Uma("sendMedicalEmergencyAttestion", "SendUrgentMedicalAidAttestationRequest", $"<BeneficiarySsin>{p.Ssin}</BeneficiarySsin>");
        Assert.True(invalid.Fault);
        Assert.Contains("Author", invalid.Text);
    }

    [Fact]
    public void TheUmaErrorTable_ListsEachCodeOnce() =>
        Assert.Equal(["UMA001", "UMA002", "UMA003", "UMA004"], UmaErrors.All.Select(e => e.Code).Order());
}
