using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Xunit;

namespace CbssSimulator.Tests.Support;

/// <summary>
/// The public BCSS schemas in ../shared/bcss-artifacts (CI always has them). Every SSDN and Tx25 reply the tests
/// produce is validated against them when they are there; tests that need them skip with a message when not.
/// </summary>
public static class OfficialSchemas
{
    public const string MissingMessage = "../shared/bcss-artifacts is not beside this checkout: conformance against the official BCSS schemas is skipped.";

    private static readonly Lazy<string?> Cbss = new(() =>
    {
        var env = Environment.GetEnvironmentVariable("CBSS_SHARED");
        var candidates = env is not null ? [env] : Ancestors(AppContext.BaseDirectory).Select(d => Path.Combine(d, "shared")).ToArray();
        return candidates.Select(s => Path.Combine(s, "bcss-artifacts/lino-framework/welfare/lino_welfare/modlib/cbss"))
            .FirstOrDefault(Directory.Exists);
    });

    public static string? CbssFolder => Cbss.Value;

    public static string? SharedFolder => CbssFolder is null ? null : Path.GetFullPath(Path.Combine(CbssFolder, "../../../../../.."));

    public static bool Available => CbssFolder is not null;

    private static readonly Lazy<XmlSchemaSet?> Ssdn = new(() => Available ? Load(
        "XSD/SSDN/Service/NamespaceRoot.xsd", "XSD/SSDN/OCMW_CPAS/IdentifyPerson/NamespaceRoot.xsd", "XSD/SSDN/OCMW_CPAS/ManageAccess/NamespaceRoot.xsd",
        // PerformInvestigation's NamespaceRoot names a misspelt file and does not compile: load the reply schema itself.
        "XSD/SSDN/OCMW_CPAS/PerformInvestigation/PerformInvetigationReply.xsd", "XSD/SSDN/OCMW_CPAS/Loi65Wet65/NamespaceRoot.xsd") : null);

    private static readonly Lazy<XmlSchemaSet?> Tx25 = new(() =>
    {
        if (!Available)
        {
            return null;
        }

        var types = new Uri(Path.Combine(CbssFolder!, "XSD/be/fgov/kszbcss/types/RetrieveTIGroups/RetrieveTIGroupsV2.xsd")).AbsoluteUri;
        var common = new Uri(Path.Combine(CbssFolder!, "XSD/be/fgov/kszbcss/types/common/CommonV3.xsd")).AbsoluteUri;
        var wrapper = $"""
            <xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:rtg="http://kszbcss.fgov.be/types/RetrieveTIGroups/v2"
                xmlns:common="http://kszbcss.fgov.be/types/common/v3" targetNamespace="http://kszbcss.fgov.be/intf/RetrieveTIGroupsService/v2">
              <xsd:import namespace="http://kszbcss.fgov.be/types/RetrieveTIGroups/v2" schemaLocation="{types}"/>
              <xsd:import namespace="http://kszbcss.fgov.be/types/common/v3" schemaLocation="{common}"/>
              <xsd:element name="retrieveTIGroupsRequest" type="rtg:RetrieveTIGroupsRequestType"/>
              <xsd:element name="retrieveTIGroupsResponse" type="rtg:RetrieveTIGroupsResponseType"/>
              <xsd:element name="retrieveTIGroupsFault" type="common:CBSSFaultType"/>
            </xsd:schema>
            """;
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        set.Add(null, XmlReader.Create(new StringReader(wrapper), new XmlReaderSettings { XmlResolver = new XmlUrlResolver() }, Path.Combine(CbssFolder!, "wrapper.xsd")));
        set.Compile();
        return set;
    });

    public static IReadOnlyList<string> ValidateSsdnReply(XDocument reply) => Validate(Ssdn.Value!, reply.Root!);

    public static IReadOnlyList<string> ValidateTx25(XElement element) => Validate(Tx25.Value!, element);

    /// <summary>Service bodies with a public schema; the bodies of modelled services are checked against our contracts instead.</summary>
    private static readonly HashSet<string> Public =
    [
        "http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/IdentifyPerson",
        "http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/ManageAccess",
        "http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/PerformInvestigation",
        "http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/LoiWet65",
    ];

    private static readonly Lazy<XmlSchemaSet?> EHealth = new(() =>
    {
        if (SharedFolder is null)
        {
            return null;
        }

        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        string root = Path.Combine(SharedFolder, "bcss-artifacts/taktik/freehealth-connector/compiled/4.0.2");
        set.Add(null, Path.Combine(root, "ehealth-mediprima/XSD/ehealth-mediprima-protocol-2_0.xsd"));
        set.Add(null, Path.Combine(root, "ehealth-mediprima-uma/XSD/ehealth-mediprima-uma-protocol-1_0.xsd"));
        set.Compile();
        return set;
    });

    /// <summary>Errors of a MediPrima consult v2 or UMA v1 message against the public eHealth schemas.</summary>
    public static IReadOnlyList<string> ValidateEHealth(XElement body) => Validate(EHealth.Value!, body);

    /// <summary>Errors of a law-of-1965 body (request or reply) against the official Loi65Wet65 schemas.</summary>
    public static IReadOnlyList<string> ValidateLoi65(XElement body) => Validate(Ssdn.Value!, body);

    private static readonly CbssSimulator.Soap.ContractSchemas Ours = new(Path.Combine(AppContext.BaseDirectory, "contracts"));

    public static void AssertValidSsdnReply(XDocument reply)
    {
        var modelled = reply.Descendants(SsdnReply.S + "ServiceReply").SelectMany(r => r.Elements())
            .Where(e => e.Name.Namespace != SsdnReply.S && e.Name.Namespace != SsdnReply.C && !Public.Contains(e.Name.NamespaceName)).ToList();
        var loi65 = reply.Descendants(SsdnReply.S + "ServiceReply").SelectMany(r => r.Elements())
            .Where(e => e.Name.NamespaceName == "http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/LoiWet65");
        foreach (var body in modelled.Concat(loi65))
        {
            var ours = CbssSimulator.Soap.ContractSchemas.Validate(Ours.Load(CbssSimulator.Wire.Ssdn.SsdnConnector.SchemaFiles), body);
            Assert.True(ours.Count == 0, "An SSDN body does not validate against our contract: " + string.Join("; ", ours.Select(i => i.Message)));
        }

        if (Available)
        {
            var envelope = new XDocument(reply);
            envelope.Descendants(SsdnReply.S + "ServiceReply").SelectMany(r => r.Elements())
                .Where(e => modelled.Any(m => m.Name == e.Name)).ToList().ForEach(e => e.Remove());
            var errors = ValidateSsdnReply(envelope);
            Assert.True(errors.Count == 0, "SSDNReply does not validate against the official schemas: " + string.Join("; ", errors) + "\n" + reply);
        }
    }

    public static void AssertValidTx25(XElement element)
    {
        if (Available)
        {
            var errors = ValidateTx25(element);
            Assert.True(errors.Count == 0, "Tx25 answer does not validate against the official schemas: " + string.Join("; ", errors) + "\n" + element);
        }
    }

    private static IReadOnlyList<string> Validate(XmlSchemaSet set, XElement element)
    {
        var errors = new List<string>();
        var doc = new XDocument(new XElement(element));
        if (!set.GlobalElements.Contains(new XmlQualifiedName(element.Name.LocalName, element.Name.NamespaceName)))
        {
            return [$"{element.Name} is not declared"];
        }

        doc.Validate(set, (_, e) => errors.Add(e.Message));
        return errors;
    }

    private static XmlSchemaSet Load(params string[] files)
    {
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        foreach (var f in files)
        {
            set.Add(null, Path.Combine(CbssFolder!, f));
        }

        set.Compile();
        return set;
    }

    private static IEnumerable<string> Ancestors(string dir)
    {
        for (var d = new DirectoryInfo(dir); d is not null; d = d.Parent)
        {
            yield return d.FullName;
        }
    }
}
