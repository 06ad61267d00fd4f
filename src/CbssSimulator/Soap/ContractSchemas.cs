using System.Collections.Concurrent;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace CbssSimulator.Soap;

/// <summary>
/// One problem found by XSD validation: the element (or attribute) at fault, its value, the parser's words and, when
/// a mandatory element is missing, that element's name.
/// </summary>
public sealed record SchemaIssue(string Field, string? Value, string Message, XObject? Node, string? Missing = null)
{
    private const string Expected = "List of possible elements expected: '";

    /// <summary>The missing mandatory element named by a .NET "incomplete content" / "invalid child element" message: the last one expected.</summary>
    public static string? MissingElement(string message)
    {
        int at = message.IndexOf(Expected, StringComparison.Ordinal);
        bool missing = message.Contains("incomplete content", StringComparison.Ordinal) || message.Contains("invalid child element", StringComparison.Ordinal);
        return at >= 0 && missing ? message[(at + Expected.Length)..].Split('\'')[0].Split(", ")[^1] : null;
    }
}

/// <summary>
/// Loads the XSD files of <c>contracts/</c> into compiled schema sets (DTDs prohibited) and validates documents
/// against them. Sets are cached per file list: compiling is done once per process. Each set's name table stops growing
/// once it is compiled (<see cref="SchemaNameTable"/>), so concurrent validations only read it.
/// </summary>
public sealed class ContractSchemas(string contractsRoot)
{
    // Lazy: calls arriving together at a fresh process wait for the one set being compiled instead of each compiling it.
    private readonly ConcurrentDictionary<string, Lazy<XmlSchemaSet>> cache = new();

    public string Root { get; } = Path.GetFullPath(contractsRoot);

    public XmlSchemaSet Load(params string[] relativeFiles) => cache.GetOrAdd(string.Join('|', relativeFiles), _ => new Lazy<XmlSchemaSet>(() =>
    {
        var names = new SchemaNameTable();
        var set = new XmlSchemaSet(names) { XmlResolver = new XmlUrlResolver() };
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = new XmlUrlResolver() };
        foreach (var file in relativeFiles)
        {
            var path = Path.Combine(Root, file);
            using var reader = XmlReader.Create(path, settings);
            set.Add(null, reader);
        }

        set.Compile();
        names.Freeze(set); // shared by concurrent validations from now on: never written again
        return set;
    })).Value;

    /// <summary>
    /// Validates <paramref name="element"/> in place as if it were a document root (no copy: the validator walks the
    /// tree the gate built, whose depth the gate has bounded); an undeclared root is reported as an issue too.
    /// </summary>
    public static IReadOnlyList<SchemaIssue> Validate(XmlSchemaSet schemas, XElement element)
    {
        var issues = new List<SchemaIssue>();
        if (schemas.GlobalElements[new XmlQualifiedName(element.Name.LocalName, element.Name.NamespaceName)] is not XmlSchemaElement declaration)
        {
            issues.Add(new SchemaIssue(element.Name.LocalName, null, $"The element '{element.Name}' is not declared by the contract.", element));
            return issues;
        }

        if (IsPlainText(declaration, element))
        {
            return issues;
        }

        element.Validate(declaration, schemas, (sender, e) =>
        {
            var node = sender as XObject;
            var (field, value) = node switch
            {
                XElement x => (x.Name.LocalName, x.HasElements ? null : x.Value),
                XAttribute a => (a.Name.LocalName, a.Value),
                _ => ("", null),
            };
            issues.Add(new SchemaIssue(field, value, e.Message, node, SchemaIssue.MissingElement(e.Message)));
        });
        return issues;
    }

    private static readonly XmlQualifiedName XsdString = new("string", XmlSchema.Namespace);

    /// <summary>
    /// An element declared as plain xs:string (no facet, no fixed value, not abstract) holding text only and no
    /// attribute: nothing in it can fail validation, so the validator, which would copy its text (SSDN's whole
    /// xmlString payload), is not run.
    /// </summary>
    private static bool IsPlainText(XmlSchemaElement declaration, XElement element) =>
        declaration.ElementSchemaType is XmlSchemaSimpleType { QualifiedName: var type } && type == XsdString
        && declaration is { FixedValue: null, IsAbstract: false } && !element.HasAttributes && !element.HasElements;
}
