using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Reflection;
using System.ServiceModel;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Serialization;

namespace CbssSimulator.Soap;

/// <summary>
/// Answers a typed SOAP contract from the element the gate has already read and validated: the body is deserialized
/// from that tree (never from the bytes again), the one handler the operation needs is resolved, and its reply is
/// serialized straight to the response inside the envelope. What the contract attributes say (SOAPAction, body
/// element names and namespaces) is read from them once, by reflection (docs/decisions.md, "One bounded parse").
/// </summary>
public sealed class SoapDispatcher
{
    private static readonly XmlSerializerNamespaces NoNamespaces = new([XmlQualifiedName.Empty]);

    private static readonly XName Nil = XName.Get("nil", "http://www.w3.org/2001/XMLSchema-instance");

    // Lazy: calls arriving together at a fresh process wait for the one serializer being made instead of each making it.
    private static readonly ConcurrentDictionary<(Type, string, string), Lazy<XmlSerializer>> Serializers = new();

    private readonly FrozenDictionary<(Type Contract, string Action), Binding> bindings;

    public SoapDispatcher(IEnumerable<Type> contracts) =>
        bindings = contracts.SelectMany(c => c.GetMethods().Select(m => (Contract: c, Method: m, Attribute: m.GetCustomAttribute<OperationContractAttribute>())))
            .Where(x => x.Attribute?.Action is not null)
            .ToFrozenDictionary(x => (x.Contract, x.Attribute!.Action!), x => Binding.Of(x.Method));

    /// <summary>Calls the operation of <paramref name="contract"/> answering <paramref name="action"/> and writes its reply or its fault.</summary>
    public async Task InvokeAsync(HttpContext context, Type contract, string action, XElement body, ILogger logger)
    {
        if (!bindings.TryGetValue((contract, action), out var binding))
        {
            await SoapFaultWriter.WriteAsync(context, SoapFault.Client($"The SOAPAction '{action}' is not an operation of this endpoint."));
            return;
        }

        object? reply;
        try
        {
            var request = binding.ReadRequest(body);
            var handler = context.RequestServices.GetRequiredService(contract);
            var task = (Task)binding.Method.Invoke(handler, [request])!;
            await task;
            reply = binding.Result(task);
        }
        catch (Exception e)
        {
            var inner = e is TargetInvocationException { InnerException: { } i } ? i : e;
            if (inner is not SoapFaultException known)
            {
                logger.LogError(inner, "Unexpected error while answering {Action}", action);
            }

            await SoapFaultWriter.WriteAsync(context, (inner as SoapFaultException)?.Fault ?? SoapFault.Server("An error occurred while servicing your request."));
            return;
        }

        // Serialized to memory (XmlSerializer writes synchronously; Kestrel's body does not take synchronous writes), by
        // this thread's kept writer (docs/decisions.md, "Writers kept per thread").
        var bytes = KeptXmlWriters.Utf8((binding, reply), static (writer, s) =>
        {
            writer.WriteStartElement("soapenv", "Envelope", SoapNamespaces.Soap11.NamespaceName);
            writer.WriteAttributeString("xmlns", "xsd", null, "http://www.w3.org/2001/XMLSchema");
            writer.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
            writer.WriteStartElement("soapenv", "Body", SoapNamespaces.Soap11.NamespaceName);
            s.binding.WriteReply(writer, s.reply);
            writer.WriteEndElement();
            writer.WriteEndElement();
        });

        context.RequestServices.GetRequiredService<CallContext>().ReplyBytes =
            CallContext.Bounded(bytes, bytes.Length, Sandboxes.CallJournal.BodyLimit); // journaled before the first byte (gate)
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "text/xml; charset=utf-8";
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    private static XmlSerializer Serializer(Type type, string name, string ns) =>
        Serializers.GetOrAdd((type, name, ns), k => new Lazy<XmlSerializer>(() => new XmlSerializer(k.Item1, new XmlRootAttribute(k.Item2) { Namespace = k.Item3 }))).Value;

    /// <summary>
    /// One operation: its method, the single body member of its request and reply message contracts, and what their
    /// attributes say (type, element name, namespace), read once here rather than on every call.
    /// </summary>
    private sealed record Binding(MethodInfo Method, Type RequestType, MemberInfo RequestMember, MemberInfo ReplyMember, PropertyInfo ResultProperty,
        (Type Type, string Name, string Namespace) Request, (Type Type, string Name, string Namespace) Reply)
    {
        // Made on first use (code generation is costly, and most operations are never called in a run), then kept.
        private XmlSerializer RequestSerializer => requestSerializer ??= Serializer(Request.Type, Request.Name, Request.Namespace);

        private XmlSerializer ReplySerializer => replySerializer ??= Serializer(Reply.Type, Reply.Name, Reply.Namespace);

        private XmlSerializer? requestSerializer;
        private XmlSerializer? replySerializer;

        public static Binding Of(MethodInfo method)
        {
            var requestType = method.GetParameters().Single().ParameterType;
            var replyType = method.ReturnType.GetGenericArguments().Single();
            var (requestMember, replyMember) = (BodyMember(requestType), BodyMember(replyType));
            return new(method, requestType, requestMember, replyMember, method.ReturnType.GetProperty("Result")!, Describe(requestMember), Describe(replyMember));
        }

        public object ReadRequest(XElement body)
        {
            var message = Activator.CreateInstance(RequestType)!;
            if (Request.Type == typeof(Wire.CommonV3.AnyBody))
            {
                Set(RequestMember, message, new Wire.CommonV3.AnyBody { Source = body });
                return message;
            }

            if (Request.Type == typeof(string) && body.Attribute(Nil) is null)
            {
                // A string body (SSDN's xmlString) is its text, as the serializer reads it from the validated element.
                Set(RequestMember, message, ElementText.Of(body)); // a CDATA payload's own string, not a copy
                return message;
            }

            using var reader = new KeptNamesReader(body.CreateReader());
            Set(RequestMember, message, RequestSerializer.Deserialize(reader));
            return message;
        }

        public object? Result(Task task) => ResultProperty.GetValue(task);

        public void WriteReply(XmlWriter writer, object? reply)
        {
            if (reply is IWrittenText { Text: { } writeText })
            {
                writer.WriteStartElement(Reply.Name, Reply.Namespace); // as the serializer writes a string body, the text written in place
                writeText(writer);
                writer.WriteEndElement();
                return;
            }

            var value = reply is null ? null : Get(ReplyMember, reply);
            if (value is Wire.CommonV3.AnyBody { Source: { } element })
            {
                var (_, rootName, rootNs) = Reply;
                writer.WriteStartElement(rootName, rootNs);
                foreach (var attribute in element.Attributes().Where(a => !a.IsNamespaceDeclaration))
                {
                    writer.WriteAttributeString(attribute.Name.LocalName, attribute.Name.NamespaceName, attribute.Value);
                }

                foreach (var node in element.Nodes())
                {
                    node.WriteTo(writer);
                }

                writer.WriteEndElement();
            }
            else if (value is not null)
            {
                ReplySerializer.Serialize(writer, value, NoNamespaces);
            }
        }

        private static MemberInfo BodyMember(Type message) =>
            message.GetMembers().Single(m => m.GetCustomAttribute<MessageBodyMemberAttribute>() is not null && m is FieldInfo or PropertyInfo);

        private static (Type Type, string Name, string Namespace) Describe(MemberInfo member)
        {
            var attribute = member.GetCustomAttribute<MessageBodyMemberAttribute>()!;
            var type = member is FieldInfo f ? f.FieldType : ((PropertyInfo)member).PropertyType;
            return (type, attribute.Name ?? member.Name, attribute.Namespace ?? "");
        }

        private static object? Get(MemberInfo member, object target) =>
            member is FieldInfo f ? f.GetValue(target) : ((PropertyInfo)member).GetValue(target);

        private static void Set(MemberInfo member, object target, object? value)
        {
            if (member is FieldInfo f)
            {
                f.SetValue(target, value);
            }
            else
            {
                ((PropertyInfo)member).SetValue(target, value);
            }
        }
    }
}

/// <summary>
/// A reply message whose string body is written straight into the answer, as escaped text, when <see cref="Text"/> is
/// set (SSDN's SSDNReply): the bytes are those of the string, which is never made.
/// </summary>
internal interface IWrittenText
{
    Action<XmlWriter>? Text { get; }
}
