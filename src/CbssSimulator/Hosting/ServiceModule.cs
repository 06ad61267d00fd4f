using System.Reflection;
using System.ServiceModel;
using System.Xml.Linq;
using CbssSimulator.Catalogue;
using CbssSimulator.Wire.Ssdn;
using CbssSimulator.Soap;

namespace CbssSimulator.Hosting;

/// <summary>
/// One SOAP endpoint of a service: its contract interface (answered by SoapDispatcher) and implementation (DI), its path, its catalogue
/// style (SOA or eHealth SOAP) and the gate's view of it.
/// </summary>
public sealed record SoapService(Type Contract, string Path, TransportStyle Style, Action<IServiceCollection> Register,
    Func<ContractSchemas, SoapEndpoint> Endpoint)
{
    public static SoapService Of<TContract, TImplementation>(string path, Func<ContractSchemas, SoapEndpoint> endpoint, TransportStyle style = TransportStyle.Soa)
        where TContract : class where TImplementation : class, TContract =>
        new(typeof(TContract), path, style, services => services.AddScoped<TContract, TImplementation>(), endpoint);

    /// <summary>The SOAPAction of the contract operation named <paramref name="name"/>, as its [OperationContract] says.</summary>
    public string Action(string name) => Contract.GetMethods()
        .Select(m => m.GetCustomAttribute<OperationContractAttribute>())
        .FirstOrDefault(a => a?.Name == name)?.Action
        ?? throw new InvalidOperationException($"{Contract.Name} has no operation {name}.");
}

/// <summary>
/// One SSDN service behind sendXML: the ServiceId and Version it answers (and older names it accepts), its handler,
/// the body element it expects and the schema files its body is validated against.
/// </summary>
public sealed record SsdnServiceRow(string ServiceId, string Version, IReadOnlyList<string> AcceptedIds, Type Handler, XName RequestElement,
    IReadOnlyList<string> SchemaFiles)
{
    public static SsdnServiceRow Of<THandler>(string serviceId, string version, XName requestElement, string[] schemaFiles, params string[] aliases)
        where THandler : class, ISsdnService => new(serviceId, version, [serviceId, .. aliases], typeof(THandler), requestElement, schemaFiles);
}

/// <summary>One part of what the simulator holds about a person: its JSON name and how it is read (from the call's services).</summary>
public sealed record PersonStateView(string Name, Func<IServiceProvider, Registry.PersonRow, object> Read);

/// <summary>One served operation of the catalogue: how it is reached, what its contract is, and how its example body is written.</summary>
public sealed record ServedOperation(string Service, string Operation, Transport Transport, string Contract, Func<ExampleContext, string> Example);

/// <summary>
/// A service folder as the host sees it, declared in one place (its <c>Module.cs</c>): its SOAP endpoints or SSDN
/// services, its served operations with their examples, the registrations and the tables it owns.
/// </summary>
public abstract class ServiceModule
{
    private static readonly IReadOnlyDictionary<string, string[]> NoAliases = new Dictionary<string, string[]>();

    /// <summary>The stores (and helpers) only this service uses; its handlers are registered from its rows.</summary>
    public virtual void Register(IServiceCollection services)
    {
    }

    public virtual IReadOnlyList<SoapService> SoapEndpoints => [];

    public virtual IReadOnlyList<SsdnServiceRow> SsdnServices => [];

    public abstract IReadOnlyList<ServedOperation> Operations { get; }

    /// <summary>Other names of the catalogue services of this module (control-table service, or "service.operation" for one operation → names seen in the field).</summary>
    public virtual IReadOnlyDictionary<string, string[]> Aliases => NoAliases;

    /// <summary>The DDL of the tables only this service's stores write.</summary>
    public virtual IReadOnlyList<string> Tables => [];

    /// <summary>What this service holds about a person, shown by <c>GET /admin/sppis/{ssin}</c> (one JSON property each).</summary>
    public virtual IReadOnlyList<PersonStateView> PersonState => [];

    /// <summary>Status or error codes this service answers beyond the shared SOA and SSDN tables.</summary>
    public virtual IEnumerable<string> Codes => [];

    /// <summary>A served SSDN operation: the ServiceId (the catalogue service unless given) and its Version come from this module's row.</summary>
    protected ServedOperation SsdnOperation(string service, string operation, string contract, Func<ExampleContext, string> example, string? serviceId = null)
    {
        var row = SsdnServices.Single(r => r.ServiceId == (serviceId ?? service));
        return new(service, operation, new Transport(TransportStyle.Ssdn, SsdnNamespaces.Path, SsdnNamespaces.Action, SsdnNamespaces.Path + "?wsdl", row.ServiceId, row.Version),
            contract, example);
    }

    /// <summary>A served SOA/eHealth operation: path and style from this module's endpoint, SOAPAction from the contract's [OperationContract].</summary>
    protected ServedOperation SoaOperation<TContract>(string service, string operation, string contract, Func<ExampleContext, string> example,
        string? contractOperation = null)
    {
        var endpoint = SoapEndpoints.Single(e => e.Contract == typeof(TContract));
        return new(service, operation, new Transport(endpoint.Style, endpoint.Path, endpoint.Action(contractOperation ?? operation), endpoint.Path + "?wsdl"),
            contract, example);
    }

    /// <summary>The usual contract text of a modelled SOA service.</summary>
    protected const string ModelledContract = "modelled (no public schema found)";
}
