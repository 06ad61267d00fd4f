using System.Xml;
using System.Xml.Schema;

namespace CbssSimulator.Soap;

/// <summary>
/// The name table of a compiled contract schema set: it grows while the set is compiled, then only answers. The
/// validator of every request adds the names it meets to its set's table (the namespace URIs and prefixes a client
/// declares); a plain <see cref="NameTable"/> shared by concurrent requests would be written by several threads at once,
/// and would keep every prefix any client ever sent. Once frozen, a name the schemas never knew is handed back as it
/// came, not kept: no write, no growth (docs/decisions.md, "One bounded parse").
/// </summary>
internal sealed class SchemaNameTable : XmlNameTable
{
    private readonly NameTable names = new();
    private volatile bool frozen;

    /// <summary>
    /// Stops the table growing. First it takes the names a validator and a namespace manager atomize when they are made
    /// (xsi:type, xsi:nil, the xml and xmlns namespaces), so those stay atomized for every later validator.
    /// </summary>
    public void Freeze(XmlSchemaSet set)
    {
        _ = new XmlSchemaValidator(this, set, new XmlNamespaceManager(this), XmlSchemaValidationFlags.AllowXmlAttributes);
        frozen = true;
    }

    public override string Add(string key) => frozen ? names.Get(key) ?? key : names.Add(key);

    public override string Add(char[] key, int start, int len) =>
        frozen ? names.Get(key, start, len) ?? new string(key, start, len) : names.Add(key, start, len);

    public override string? Get(string value) => names.Get(value);

    public override string? Get(char[] key, int start, int len) => names.Get(key, start, len);
}
