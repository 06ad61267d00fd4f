using System.Xml.Linq;

namespace CbssSimulator.Soap;

/// <summary>The text an element holds, such as the SSDN xmlString payload.</summary>
internal static class ElementText
{
    /// <summary>
    /// Its one text or CDATA node's string as the parser made it, with no copy; else, for mixed or several nodes,
    /// <see cref="XElement.Value"/>, which joins them into a new string (a CDATA payload would be copied twice).
    /// </summary>
    public static string Of(XElement element) =>
        element.FirstNode is XText only && only.NextNode is null ? only.Value : element.Value;
}
