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
    private static NameTable? kept;

    [ThreadStatic]
    private static int added;

    private readonly NameTable names;

    public KeptNamesReader(XmlReader inner)
        : base(inner)
    {
        if (kept is null || added >= NamesPerTable)
        {
            (kept, added) = (new NameTable(), 0);
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
}
