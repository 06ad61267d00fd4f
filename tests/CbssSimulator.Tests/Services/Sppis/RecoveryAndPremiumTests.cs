using System.Xml.Linq;
using CbssSimulator.Tests.Support;
using Xunit;
using static CbssSimulator.Tests.Support.Envelopes;

namespace CbssSimulator.Tests.Services.Sppis;

/// <summary>OCMWCPASRegisterRecoveredAmount (form D) and OCMWCPASOrganicLaw (installation premium), both modelled.</summary>
public class RecoveryAndPremiumTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private static readonly XNamespace Ma = IntegrationIncomeFormsTests.Ma;
    private const string Adults = "Register = 'RN' AND DeathDate IS NULL AND BirthDate > '1960' AND BirthDate < '2000'";
    private const string Liege = "0299900145";
    private readonly SoapClient client = factory.Soap();

    private static string Recovery(string ssin, string type = "01", int sequence = 1, string amount = "200.00", string month = "2026-11") => $"""
        <ma:RegisterRecoveredAmountRequest xmlns:ma="{Ma}">
          <ma:SocialSecurityUser>{ssin}</ma:SocialSecurityUser><ma:RecoveryMonth>{month}</ma:RecoveryMonth>
          <ma:SequenceNumber>{sequence}</ma:SequenceNumber><ma:RecoveryType>{type}</ma:RecoveryType><ma:Amount>{amount}</ma:Amount>
        </ma:RegisterRecoveredAmountRequest>
        """;

    private static string Premium(string ssin, string? amount = null) => $"""
        <ma:OrganicLawRequest xmlns:ma="{Ma}">
          <ma:SocialSecurityUser>{ssin}</ma:SocialSecurityUser><ma:DecisionDate>2026-11-20</ma:DecisionDate><ma:HousingDate>2026-11-15</ma:HousingDate>
          {(amount is null ? "" : $"<ma:Amount>{amount}</ma:Amount>")}
        </ma:OrganicLawRequest>
        """;

    private Task<SsdnReply> Send(string service, string body, string cbe = Cbe) => client.SsdnAsync(Ssdn(service, body, cbe, version: "20260101"));

    [Fact]
    public async Task Recovery_OfAGrant_GetsTheStateShareOfItsType_NumbersAreUniquePerMonth()
    {
        var p = People.Where(Adults, 50);
        await client.RegisterAsync(p, 2, "2026-11-01");
        await Send("OCMWCPASRegisterAttest", IntegrationIncomeFormsTests.Grant(p.Ssin, "2026-11-01"));
        var rate = await Send("OCMWCPASRegisterRecoveredAmount", Recovery(p.Ssin));
        Assert.Equal(("ACCEPTED", "", "5500", "110.00"), (IntegrationIncomeFormsTests.Verdict(rate).Evaluation, IntegrationIncomeFormsTests.Verdict(rate).Errors,
            rate.Body!.Element(Ma + "Percentage")!.Value, rate.Body.Element(Ma + "StateShare")!.Value));
        var homeless = await Send("OCMWCPASRegisterRecoveredAmount", Recovery(p.Ssin, "06", 2));
        Assert.Equal("200.00", homeless.Body!.Element(Ma + "StateShare")!.Value);
        Assert.Equal(("REFUSED", "REC003"), IntegrationIncomeFormsTests.Verdict(await Send("OCMWCPASRegisterRecoveredAmount", Recovery(p.Ssin, "05", 2))));
        Assert.Equal(("REFUSED", "REC002"), IntegrationIncomeFormsTests.Verdict(await Send("OCMWCPASRegisterRecoveredAmount", Recovery(p.Ssin, "04", 3))));
        var listed = await client.SsdnAsync(Ssdn("OCMWCPASListOfAttestations", IntegrationIncomeFormsTests.List(p.Ssin, "RIS"), version: "20080317"));
        Assert.Equal(["B", "D", "D", "D", "D"], listed.Body!.Elements(Ma + "Attestation").Select(a => a.Element(Ma + "FormType")!.Element(Ma + "Code")!.Value));
    }

    [Fact]
    public async Task Recovery_WithoutAGrant_IsRefused_NeedsNoIntegration_ButAValidAmount()
    {
        var p = People.Where(Adults, 51);
        Assert.Equal(("REFUSED", "REC001"), IntegrationIncomeFormsTests.Verdict(await Send("OCMWCPASRegisterRecoveredAmount", Recovery(p.Ssin))));
        var invalid = await Send("OCMWCPASRegisterRecoveredAmount", Recovery(p.Ssin, amount: "-5.00"));
        Assert.Equal(["31000001"], invalid.ServiceCodes);
        var type = await Send("OCMWCPASRegisterRecoveredAmount", Recovery(p.Ssin, type: "02"));
        Assert.Equal(["31000001"], type.ServiceCodes);
    }

    [Fact]
    public async Task Premium_IsOneMonthOfCategory3_OnceInALifetime_WhateverTheCpas()
    {
        var p = People.Where(Adults, 52);
        await client.RegisterAsync(p, 1, "2026-11-01");
        var granted = await Send("OCMWCPASOrganicLaw", Premium(p.Ssin));
        Assert.Equal(("ACCEPTED", "1811.59"), (IntegrationIncomeFormsTests.Verdict(granted).Evaluation, granted.Body!.Element(Ma + "Amount")!.Value));
        var listed = await client.SsdnAsync(Ssdn("OCMWCPASListOfAttestations", IntegrationIncomeFormsTests.List(p.Ssin, "PRIME_INSTALLATION"), version: "20080317"));
        Assert.Equal("PRI", Assert.Single(listed.Body!.Elements(Ma + "Attestation")).Element(Ma + "AttestType")!.Element(Ma + "Code")!.Value);

        await client.RegisterAsync(p, 1, "2026-11-01", cbe: Liege);
        Assert.Equal(("REFUSED", "PRM001"), IntegrationIncomeFormsTests.Verdict(await Send("OCMWCPASOrganicLaw", Premium(p.Ssin), Liege)));
    }

    [Fact]
    public async Task Premium_AboveTheLegalAmount_IsPartiallyAccepted_WithoutIntegrationRefusedByTheBcss()
    {
        var p = People.Where(Adults, 53);
        Assert.Equal(["32000012"], (await Send("OCMWCPASOrganicLaw", Premium(p.Ssin))).ServiceCodes); // the BCSS refuses it
        await client.RegisterAsync(p, 4, "2026-11-01");
        var reduced = await Send("OCMWCPASOrganicLaw", Premium(p.Ssin, "2500.00"));
        Assert.Equal(("PARTIALLYACCEPTED", "PRM002", "1811.59"), (IntegrationIncomeFormsTests.Verdict(reduced).Evaluation,
            IntegrationIncomeFormsTests.Verdict(reduced).Errors, reduced.Body!.Element(Ma + "Amount")!.Value));
    }
}
