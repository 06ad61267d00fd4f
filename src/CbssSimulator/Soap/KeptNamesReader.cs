using System.Xml;

namespace CbssSimulator.Soap;

/// <summary>
/// The reader XmlSerializer reads a typed request body through (<see cref="SoapDispatcher"/>): the validated tree's
/// reader, whose names are atomized in a table this thread keeps from one call to the next. XmlSerializer's reader
/// adds about thirty names of its own to the table of every reader it is given; a tree's reader makes a new table each
/// time, so every call built and filled one. The kept table is renewed once it has taken
/// <see cref="NamesPerTable"/> names, so no sequence of requests can grow it without bound (docs/decisions.md,
/// "Copies a call does not make").
/// </summary>
internal sealed class KeptNamesReader : XmlWrappingReader
{
    public const int NamesPerTable = 4_096;

    [ThreadStatic]
    private static KeptNameTable? kept;

    [ThreadStatic]
    private static int added;

    private readonly NameTable names;

    public KeptNamesReader(XmlReader inner)
        : base(inner)
    {
        if (kept is null || added >= NamesPerTable)
        {
            (kept, added) = (new KeptNameTable(), 0);
        }

        names = kept; // one reader at a time on a thread: XmlSerializer reads synchronously
    }

    public override XmlNameTable NameTable => names;

    public override string LocalName => Atomized(base.LocalName);

    public override string NamespaceURI => Atomized(base.NamespaceURI);

    public override string Prefix => Atomized(base.Prefix);

    public override string Name => Atomized(base.Name);

    private string Atomized(string name)
    {
        if (names.Get(name) is { } known)
        {
            return known;
        }

        added++;
        return names.Add(name);
    }

    /// <summary>
    /// A name table that first looks a name up by the string's identity: XmlSerializer's reader adds the same literal
    /// names on every call, and the tree's reader hands out the same atomized names, so most lookups end at one
    /// reference comparison instead of hashing the text (≈ 1.5 % of a TestConnection's CPU). The front holds at most
    /// <see cref="Front"/> strings, replaced as they come.
    /// </summary>
    private sealed class KeptNameTable : NameTable
    {
        private const int Front = 256;

        private readonly (string Key, string Name)[] front = new (string, string)[Front];

        public override string Add(string key) => Seen(key) ?? Remember(key, base.Add(key));

        public override string? Get(string value) => Seen(value) ?? (base.Get(value) is { } name ? Remember(value, name) : null);

        private string? Seen(string key)
        {
            var (k, name) = front[System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key) & (Front - 1)];
            return ReferenceEquals(k, key) ? name : null;
        }

        private string Remember(string key, string name)
        {
            front[System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key) & (Front - 1)] = (key, name);
            return name;
        }
    }
}
