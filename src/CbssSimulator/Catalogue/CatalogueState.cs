using System.Reflection;
using System.Text.Json.Serialization;

namespace CbssSimulator.Catalogue;

/// <summary>Whether the simulator answers a catalogue operation; the text is what the admin JSON and the README show.</summary>
public enum CatalogueState
{
    [JsonStringEnumMemberName("served")]
    Served,

    [JsonStringEnumMemberName("not yet")]
    NotYet,
}

/// <summary>How an operation is called on the wire; the text is what the admin JSON and the README show.</summary>
public enum TransportStyle
{
    [JsonStringEnumMemberName("SSDN")]
    Ssdn,

    [JsonStringEnumMemberName("SOA")]
    Soa,

    [JsonStringEnumMemberName("eHealth SOAP")]
    EHealthSoap,

    /// <summary>Sent by the BCSS to the CPAS's endpoint (docs/notifications.md): the path is the pull's, the SOAPAction the message's.</summary>
    [JsonStringEnumMemberName("push")]
    Push,
}

/// <summary>The shown text of the catalogue enums: their JSON member name, written once on the member.</summary>
public static class CatalogueText
{
    public static string Text(this CatalogueState state) => Name(state);

    public static string Text(this TransportStyle style) => Name(style);

    private static string Name<T>(T value) where T : struct, Enum =>
        typeof(T).GetField(value.ToString())!.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()!.Name;
}
