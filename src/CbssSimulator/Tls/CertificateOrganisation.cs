using System.Security.Cryptography.X509Certificates;

namespace CbssSimulator.Tls;

/// <summary>
/// The organisation (CBE/KBO number) a client certificate names (docs/decisions.md, "TLS and metrics"): an
/// <c>OU=CBE=&lt;number&gt;</c> of its subject, else its <c>serialNumber</c> (OID 2.5.4.5), else a
/// <c>CN=CBE=&lt;number&gt;</c>; 9-digit numbers get their leading 0, as callers' OrgUnit does.
/// </summary>
public static class CertificateOrganisation
{
    public const string SerialNumberOid = "2.5.4.5";
    public const string CbePrefix = "CBE=";

    private const string OrganizationalUnitOid = "2.5.4.11";
    private const string CommonNameOid = "2.5.4.3";

    /// <summary>The 10-digit number the certificate names, or null when its subject names none.</summary>
    public static string? Cbe(X509Certificate2 certificate)
    {
        string? ou = null, serial = null, cn = null;
        foreach (var rdn in certificate.SubjectName.EnumerateRelativeDistinguishedNames())
        {
            if (rdn.HasMultipleElements)
            {
                continue;
            }

            string oid = rdn.GetSingleElementType().Value ?? "";
            string value = rdn.GetSingleElementValue()?.Trim() ?? "";
            if (oid == OrganizationalUnitOid && value.StartsWith(CbePrefix, StringComparison.OrdinalIgnoreCase))
            {
                ou ??= Number(value[CbePrefix.Length..]);
            }
            else if (oid == SerialNumberOid)
            {
                serial ??= Number(value.StartsWith(CbePrefix, StringComparison.OrdinalIgnoreCase) ? value[CbePrefix.Length..] : value);
            }
            else if (oid == CommonNameOid && value.StartsWith(CbePrefix, StringComparison.OrdinalIgnoreCase))
            {
                cn ??= Number(value[CbePrefix.Length..]);
            }
        }

        return ou ?? serial ?? cn;
    }

    /// <summary>A CBE number in the forms written (0212344876, 212344876, 0212.344.876), as 10 digits; else null.</summary>
    public static string? Number(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var digits = new string(text.Trim().Where(c => c != '.' && c != ' ').ToArray());
        if (digits.Length == 9)
        {
            digits = "0" + digits;
        }

        return digits.Length == 10 && digits.All(char.IsAsciiDigit) ? digits : null;
    }
}
