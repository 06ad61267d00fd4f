using System.IdentityModel.Selectors;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.ServiceModel;
using System.ServiceModel.Security;
using CbssSimulator.Services.RetrieveTIGroups;
using CbssSimulator.Tests.Support;
using CbssSimulator.Tls;
using CbssSimulator.Wire.CommonV3;
using CbssSimulator.Wire.Ssdn;
using Xunit;

namespace CbssSimulator.Tests.Tls;

/// <summary>
/// <c>--client-certificates required</c> over a real TLS port, through the WCF client as vendors' .NET products call:
/// the right CPAS certificate gets the answer, another CPAS's the refusal (SOA MSG00013 fault, SSDN 30000014), none or
/// one of another CA no TLS connection at all.
/// </summary>
public class ClientCertificateTests(TlsRequiredFactory factory) : IClassFixture<TlsRequiredFactory>
{
    private TestCertificateSet Certs => factory.Certificates;

    [Fact]
    public async Task Wcf_RightCertificate_Tx25_IsAnswered()
    {
        var response = await Call<IRetrieveTIGroupsService, RetrieveTIGroupsResponseMessage>(RetrieveTIGroupsNamespaces.Path, Certs.Eupen,
            c => c.RetrieveTIAsync(Tx25(People.Adult(62).Ssin)));
        // Not integrated: the service's own answer (NO_RESULT / MSG00012), not a refusal of the caller.
        Assert.Equal(("NO_RESULT", "MSG00012"), (response.Body!.Status!.Value, response.Body.Status.Code));
    }

    [Fact]
    public async Task Wcf_OtherCpasCertificate_Tx25_IsTheTypedFault_MSG00013()
    {
        var fault = await Assert.ThrowsAsync<FaultException<CbssFault>>(() => Call<IRetrieveTIGroupsService, RetrieveTIGroupsResponseMessage>(
            RetrieveTIGroupsNamespaces.Path, Certs.Other, c => c.RetrieveTIAsync(Tx25(People.Adult(62).Ssin))));
        var detail = fault.Detail.Detail.Single();
        Assert.Equal(("FATAL", "MSG00013"), (detail.Severity, detail.ReasonCode));
        Assert.Contains(detail.Information, i => i.FieldName == "cbeNumber" && i.FieldValue == Envelopes.Cbe);
        Assert.Contains(detail.Information, i => i.FieldName == "certificate" && i.FieldValue == TestCertificateSet.OtherCbe);
    }

    [Fact]
    public async Task Wcf_RightCertificate_Ssdn_IsAnswered()
    {
        var reply = await Call<ISsdnConnector, SendXmlMessage>(SoapClient.SsdnPath, Certs.Eupen, c => c.SendXmlAsync(new SendXmlMessage
        {
            XmlString = Envelopes.Ssdn("OCMWCPASIdentifyPerson", Envelopes.IdentifyBySsin(People.Stefaan)),
        }));
        Assert.Equal("YES", new SsdnReply(reply.XmlString!).ServiceOk);
    }

    [Fact]
    public async Task Wcf_OtherCpasCertificate_Ssdn_IsTheConnectorsRefusal_30000014()
    {
        var reply = new SsdnReply((await Call<ISsdnConnector, SendXmlMessage>(SoapClient.SsdnPath, Certs.Other, c => c.SendXmlAsync(new SendXmlMessage
        {
            XmlString = Envelopes.Ssdn("OCMWCPASIdentifyPerson", Envelopes.IdentifyBySsin(People.Stefaan)),
        }))).XmlString!);
        OfficialSchemas.AssertValidSsdnReply(reply.Document);
        Assert.Equal(("NO", "NO"), (reply.ContextOk, reply.ServiceOk));
        Assert.Equal([SsdnReasonCodes.CertificateMismatch.Code], reply.ContextCodes);
        Assert.Equal([SsdnReasonCodes.CertificateMismatch.Code], reply.ServiceCodes);
        Assert.Contains(("certificate", (string?)TestCertificateSet.OtherCbe), reply.Information(SsdnReasonCodes.CertificateMismatch.Code));
        Assert.Null(reply.Body);
    }

    [Fact]
    public async Task Wcf_NoCertificate_GetsNoTlsConnection()
    {
        var e = await Assert.ThrowsAnyAsync<CommunicationException>(() => Call<IRetrieveTIGroupsService, RetrieveTIGroupsResponseMessage>(
            RetrieveTIGroupsNamespaces.Path, null, c => c.RetrieveTIAsync(Tx25(People.Stefaan))));
        Assert.IsNotType<FaultException>(e, exactMatch: false);
    }

    [Fact]
    public async Task HttpClient_CertificateOfAnotherCa_GetsNoTlsConnection_AndTheRightOneIsJournaled()
    {
        using (var stranger = factory.Client(Certs.Untrusted))
        {
            await Assert.ThrowsAsync<HttpRequestException>(() => stranger.GetAsync("/health"));
        }

        using var right = factory.Client(Certs.Eupen);
        var soap = new SoapClient(right).ForSandbox("default");
        var answer = await soap.PostAsync(SoapClient.Tx25Path, SoapClient.Tx25Action, Envelopes.Tx25(People.Adult(63).Ssin, TestCertificateSet.OtherCbe));
        Assert.True(answer.IsFault);
        Assert.Equal(HttpStatusCode.InternalServerError, answer.Status);
        using var journal = System.Text.Json.JsonDocument.Parse(await right.GetStringAsync($"/admin/sandboxes/default/journal?ssin={People.Adult(63).Ssin}"));
        var entry = journal.RootElement.GetProperty("entries").EnumerateArray().Last();
        Assert.Equal(SoaStatusCodes.LegalContextRefused.Code, entry.GetProperty("code").GetString());
        Assert.Equal(TestCertificateSet.OtherCbe, entry.GetProperty("cpas").GetString());
    }

    [Fact]
    public void TheKboNumber_IsReadFromTheSubject()
    {
        using var eupen = TestCertificateSet.Load(Certs.Eupen);
        Assert.Equal(Envelopes.Cbe, CertificateOrganisation.Cbe(eupen));
        Assert.Contains("OU=\"CBE=0212344876\"", eupen.Subject, StringComparison.Ordinal);
        Assert.Contains("SERIALNUMBER=0212344876", eupen.Subject, StringComparison.Ordinal);
        Assert.True(TlsSetup.ChainsTo(eupen, [Certs.Authority]));
        using var untrusted = TestCertificateSet.Load(Certs.Untrusted);
        Assert.False(TlsSetup.ChainsTo(untrusted, [Certs.Authority]));
    }

    private async Task<TReply> Call<TChannel, TReply>(string path, WrittenCertificate? certificate, Func<TChannel, Task<TReply>> call)
    {
        var binding = new BasicHttpsBinding();
        binding.Security.Transport.ClientCredentialType = certificate is null ? HttpClientCredentialType.None : HttpClientCredentialType.Certificate;
        var channelFactory = new ChannelFactory<TChannel>(binding, new EndpointAddress(new Uri(factory.BaseAddress, path)));
        if (certificate is not null)
        {
            channelFactory.Credentials.ClientCertificate.Certificate = TestCertificateSet.Load(certificate);
        }

        channelFactory.Credentials.ServiceCertificate.SslCertificateAuthentication = new X509ServiceCertificateAuthentication
        {
            CertificateValidationMode = X509CertificateValidationMode.Custom,
            CustomCertificateValidator = new TestCaValidator(Certs),
            RevocationMode = X509RevocationMode.NoCheck,
        };
        try
        {
            return await call(channelFactory.CreateChannel());
        }
        finally
        {
            channelFactory.Abort();
        }
    }

    private static RetrieveTIGroupsRequestMessage Tx25(string ssin) => new()
    {
        Body = new RetrieveTIGroupsRequest
        {
            InformationCustomer = new InformationCustomer
            {
                Ticket = "ticket-tls",
                TimestampSent = "2026-11-23T10:00:00Z",
                CustomerIdentification = new CustomerIdentification { CbeNumber = Envelopes.Cbe },
            },
            LegalContext = "PCSA:SOCIAL_INQUIRY",
            SearchInformation = new SearchInformation { Ssin = ssin, Language = "fr", History = "false" },
        },
    };

    /// <summary>Trusts the server when its certificate chains to the test CA.</summary>
    private sealed class TestCaValidator(TestCertificateSet certificates) : X509CertificateValidator
    {
        public override void Validate(X509Certificate2 certificate)
        {
            if (!certificates.TrustsServer(certificate))
            {
                throw new System.IdentityModel.Tokens.SecurityTokenValidationException("The server certificate does not chain to the test CA.");
            }
        }
    }
}
