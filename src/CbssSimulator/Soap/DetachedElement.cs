using System.Xml;
using System.Xml.Linq;

namespace CbssSimulator.Soap;

/// <summary>
/// Writes an element as a detached copy of it would be written — <c>new XElement(e)</c>, namespace declarations
/// added to the copy's root, then <c>WriteTo</c> — without making the copy
/// (docs/decisions.md, "Copies a call does not make"). A copy forgets the declarations of the element's ancestors,
/// so its prefixes are those declared here or the writer's own; an attached element written as it is would take its
/// prefixes from the request it came from.
/// A subtree that declares a namespace itself (<see cref="CanWrite"/>) is copied and written, as before.
/// </summary>
internal static class DetachedElement
{
    /// <summary>Whether no element of the subtree carries a namespace declaration.</summary>
    public static bool CanWrite(XElement element)
    {
        foreach (var e in element.DescendantsAndSelf())
        {
            for (var a = e.FirstAttribute; a is not null; a = a.NextAttribute)
            {
                if (a.IsNamespaceDeclaration)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// Writes <paramref name="element"/> with <paramref name="declared"/> (prefix, namespace) declarations after its own
    /// attributes, as <c>SetAttributeValue(XNamespace.Xmlns + prefix, namespace)</c> on a copy would place them. A
    /// subtree that declares a namespace itself, or declarations naming one namespace twice or none, are left to the copy.
    /// </summary>
    public static void Write(XmlWriter writer, XElement element, params (string Prefix, string Namespace)[] declared)
    {
        if (CanWrite(element) && Distinct(declared))
        {
            Write(writer, element, declared, root: true);
            return;
        }

        var copy = new XElement(element);
        foreach (var (prefix, ns) in declared)
        {
            copy.SetAttributeValue(XNamespace.Xmlns + prefix, ns);
        }

        copy.WriteTo(writer);
    }

    /// <summary>Declarations of distinct, non-empty namespaces (two prefixes for one namespace are left to the copy).</summary>
    private static bool Distinct((string Prefix, string Namespace)[] declared)
    {
        for (int i = 0; i < declared.Length; i++)
        {
            if (declared[i].Namespace.Length == 0)
            {
                return false;
            }

            for (int j = 0; j < i; j++)
            {
                if (declared[j].Namespace == declared[i].Namespace)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static void Write(XmlWriter writer, XElement e, (string Prefix, string Namespace)[] declared, bool root)
    {
        string ns = e.Name.NamespaceName;
        writer.WriteStartElement(Prefix(ns, declared), e.Name.LocalName, ns);
        for (var a = e.FirstAttribute; a is not null; a = a.NextAttribute)
        {
            writer.WriteAttributeString(Prefix(a.Name.NamespaceName, declared), a.Name.LocalName, a.Name.NamespaceName, a.Value);
        }

        if (root)
        {
            foreach (var (prefix, uri) in declared)
            {
                writer.WriteAttributeString("xmlns", prefix, XNamespace.Xmlns.NamespaceName, uri);
            }
        }

        if (e.IsEmpty)
        {
            writer.WriteEndElement();
            return;
        }

        foreach (var node in e.Nodes())
        {
            if (node is XElement child)
            {
                Write(writer, child, declared, root: false);
            }
            else
            {
                node.WriteTo(writer);
            }
        }

        writer.WriteFullEndElement();
    }

    /// <summary>The prefix XElement's writer gives a namespace in a detached copy: none for no namespace, a declared one, xml, or the writer's choice.</summary>
    private static string? Prefix(string ns, (string Prefix, string Namespace)[] declared)
    {
        if (ns.Length == 0)
        {
            return "";
        }

        foreach (var (prefix, uri) in declared)
        {
            if (uri == ns)
            {
                return prefix;
            }
        }

        return ns == XNamespace.Xml.NamespaceName ? "xml" : null;
    }
}
