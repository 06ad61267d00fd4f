using System.Xml.Linq;
using CbssSimulator.Integrations;
using CbssSimulator.Registry;
using CbssSimulator.Wire.Ssdn;

namespace CbssSimulator.Services.PerformInvestigation;

/// <summary>
/// OCMWCPASPerformInvestigation 20080604: the social-inquiry consultation of both registers — family composition,
/// legal data of the household (Citizen), address history, waiting-register data — behind its control row
/// (WINDOW; 001–009, 030, 031). DataGroups select the groups (all when absent). Waiting-register data (TI 205–207,
/// 211, 213; 208 and 212 shown to nobody) are applicant data: a caller holding only 030 or 031 does not get them.
/// </summary>
public sealed class PerformInvestigationService(PersonStore persons, IntegrationControl control) : ISsdnService
{
    public static readonly XNamespace Pi = "http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/PerformInvestigation";

    public static readonly ControlRow Row = ControlTable.Get("OCMWCPASPerformInvestigation", "search");

    private static readonly string[] Groups = ["FamilyCompositionGroup", "CitizenGroup", "AddressHistoryGroup", "WaitRegisterGroup"];

    public SsdnOutcome Handle(SsdnCall call, XElement request)
    {
        string ssin = request.Element(Pi + "SocialSecurityUser")!.Value.Trim();
        if (SsdnSsin.Check(ssin, persons, out var person) is { } refused)
        {
            return refused with { Operation = "search" };
        }

        var verdict = control.Check(Row, call.Caller.Cbe, ssin);
        if (!verdict.Allowed)
        {
            return SsdnOutcome.Error(SsdnDetail.Of(SsdnReasonCodes.NotIntegrated, ("SSIN", ssin), ("OrgUnit", call.Caller.Cbe))) with { Operation = "search" };
        }

        var asked = request.Element(Pi + "DataGroups");
        bool Wants(string group) => asked is null || asked.Element(Pi + group)?.Value.Trim() is "true" or "1";
        bool applicant = verdict.MatchedCodes.Any(c => c is >= 1 and <= 9);
        var household = person!.HouseholdId is { } h ? persons.Household(h) : [person];
        var addresses = persons.Addresses(ssin);

        var groups = new XElement(Pi + "DataGroups",
            Wants(Groups[0]) ? new XElement(Pi + Groups[0], InvestigationReply.FamilyComposition(household)) : null,
            Wants(Groups[1]) ? new XElement(Pi + Groups[1], household.OrderBy(m => m.Ssin == ssin ? 0 : 1)
                .Select(m => InvestigationReply.Citizen(m, persons.CurrentAddress(m.Ssin), m.PartnerSsin is { } p ? persons.Find(p) : null))) : null,
            Wants(Groups[2]) && addresses.Count > 0 ? new XElement(Pi + Groups[2], InvestigationReply.AddressHistory(ssin, addresses)) : null,
            Wants(Groups[3]) && applicant && person.Register == Registers.Waiting
                ? new XElement(Pi + Groups[3], InvestigationReply.WaitRegister(person, addresses.LastOrDefault())) : null);
        var reply = new XElement(Pi + "PerformInvestigationReply", new XElement(Pi + "SocialSecurityUser", ssin), groups.HasElements ? groups : null);
        return new SsdnOutcome([], reply) { Operation = "search", QualityCodes = verdict.MatchedCodes };
    }
}
