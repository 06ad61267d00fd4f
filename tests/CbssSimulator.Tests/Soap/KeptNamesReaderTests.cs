using System.Xml;
using System.Xml.Linq;
using CbssSimulator.Soap;
using Xunit;

namespace CbssSimulator.Tests.Soap;

/// <summary>
/// The reader XmlSerializer reads typed bodies through keeps its name table on the thread from one call to the next
/// (XmlSerializer fills the table of every reader it is given), atomizes every name in it, and renews it once it has
/// taken its share of names, so no sequence of requests grows it without bound.
/// </summary>
public class KeptNamesReaderTests
{
    private static KeptNamesReader Over(XElement element) => new(element.CreateReader());

    [Fact]
    public void Names_AreAtomizedInTheTableTheReaderGives()
    {
        using var reader = Over(XElement.Parse("<p:a xmlns:p='urn:t'><p:b/></p:a>"));
        reader.Read();

        var (local, ns, name) = (reader.LocalName, reader.NamespaceURI, reader.Name);

        Assert.Same(reader.NameTable.Get("a"), local);
        Assert.Same(reader.NameTable.Get("urn:t"), ns);
        Assert.Same(reader.NameTable.Get("p:a"), name);
        Assert.Same(local, reader.LocalName); // the same instance on every read
    }

    [Fact]
    public void TheTable_AnswersByText_WhicheverStringInstanceAsks()
    {
        var table = Over(new XElement("a")).NameTable;
        var names = Enumerable.Range(0, 1_000).Select(i => "name" + i.ToString(CultureInfo.InvariantCulture)).ToArray(); // more than its identity front holds
        var atomized = names.Select(n => table.Add(n)).ToArray();
        for (int i = 0; i < names.Length; i++)
        {
            string copy = new([.. names[i]]); // equal text, another string
            Assert.Same(atomized[i], table.Add(copy));
            Assert.Same(atomized[i], table.Get(copy));
            Assert.Same(atomized[i], table.Get(names[i]));
            Assert.Equal(names[i], atomized[i]);
        }

        Assert.Null(table.Get("never added"));
    }

    [Fact]
    public void TheTable_IsKeptFromOneReaderToTheNext_ThenRenewedOnceItHasTakenItsShare()
    {
        var table = Over(new XElement("a")).NameTable;
        Assert.Same(table, Over(new XElement("b")).NameTable);

        for (int i = 0; i < KeptNamesReader.NamesPerTable; i++)
        {
            using var reader = Over(new XElement("n" + i.ToString(CultureInfo.InvariantCulture)));
            reader.Read();
            _ = reader.LocalName;
        }

        Assert.NotSame(table, Over(new XElement("c")).NameTable);
    }

    [Fact]
    public void XmlSerializer_ReadsTheSameValueThroughIt()
    {
        var serializer = new System.Xml.Serialization.XmlSerializer(typeof(CbssSimulator.Services.TestConnection.SendTestMessageRequest),
            new System.Xml.Serialization.XmlRootAttribute("sendTestMessageRequest") { Namespace = "urn:t" });
        for (int i = 0; i < 3; i++) // the second and third reads meet the names the first one kept
        {
            using var reader = Over(XElement.Parse($"<t:sendTestMessageRequest xmlns:t='urn:t'><echo>hello {i}</echo></t:sendTestMessageRequest>"));
            var request = (CbssSimulator.Services.TestConnection.SendTestMessageRequest)serializer.Deserialize(reader)!;
            Assert.Equal($"hello {i}", request.Echo);
        }
    }
}
