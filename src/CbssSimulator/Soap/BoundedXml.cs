using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace CbssSimulator.Soap;

/// <summary>The limits a request's XML is read under (section "Soap:Limits"); each is checked while reading.</summary>
public sealed class XmlLimits
{
    /// <summary>Deepest element nesting accepted (the envelope counts as level 1). Default 64.</summary>
    public int MaxDepth { get; set; } = 64;

    /// <summary>Most elements in one document. Default 20,000.</summary>
    public int MaxElements { get; set; } = 20_000;

    /// <summary>Most attributes (namespace declarations included) on one element. Default 64.</summary>
    public int MaxAttributes { get; set; } = 64;
}

/// <summary>A document that broke one of the <see cref="XmlLimits"/>: the limit's name and value, said to the client.</summary>
public sealed class XmlLimitException(string limit, int value)
    : XmlException($"The request exceeds the limit Soap:Limits:{limit} = {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}.")
{
    public string Limit { get; } = limit;
}

/// <summary>
/// Reads a request body once into an <see cref="XDocument"/> (iteratively: no recursion, so no stack to exhaust), with
/// DTDs prohibited and the <see cref="XmlLimits"/> enforced element by element, so any input costs at most linear time
/// and is refused at the first element past a limit (docs/decisions.md, "One bounded parse").
/// The encoding is the byte-order mark's or the XML declaration's; without either, the Content-Type charset's.
/// </summary>
public static class BoundedXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreProcessingInstructions = true,
        IgnoreComments = true,
        MaxCharactersFromEntities = 0,
    };

    static BoundedXml() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// Parses <paramref name="body"/>, sent with the Content-Type <paramref name="contentType"/>; throws
    /// <see cref="XmlException"/> (or <see cref="XmlLimitException"/>).
    /// </summary>
    public static XDocument Load(ReadOnlyMemory<byte> body, string? contentType, XmlLimits limits)
    {
        var stream = new ReadOnlyMemoryStream(body);
        var encoding = DeclaresItsEncoding(body.Span) ? null : HeaderEncoding(contentType);
        using var inner = encoding is null
            ? XmlReader.Create(stream, Settings)
            : XmlReader.Create(new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false), Settings);
        using var reader = new LimitingReader(inner, limits);
        return XDocument.Load(reader);
    }

    /// <summary>Parses text already decoded (an embedded payload such as the SSDN xmlString) under the same limits.</summary>
    public static XDocument Load(string text, XmlLimits limits)
    {
        // Read in place from the string: a reader over a TextReader allocates (and the runtime clears) a 4,096-character
        // buffer per call, larger than most payloads. Wrapped with the same settings, so comments and processing
        // instructions are skipped and characters checked as by a reader made from them.
        // Entities are expanded, so an undeclared one is a well-formedness error, not a node XDocument cannot hold.
        var source = new XmlTextReader(text, XmlNodeType.Document, null)
        {
            DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, Normalization = true, EntityHandling = EntityHandling.ExpandEntities,
        };
        using var inner = XmlReader.Create(source, Settings);
        using var reader = new LimitingReader(inner, limits);
        return XDocument.Load(reader);
    }

    /// <summary>Whether the body says its own encoding: a byte-order mark, or an XML declaration (any declaration: without an encoding it means UTF-8).</summary>
    private static bool DeclaresItsEncoding(ReadOnlySpan<byte> body) =>
        body.StartsWith(Utf8Bom) || body.StartsWith(Utf16Be) || body.StartsWith(Utf16Le) || body.StartsWith("<?xml"u8);

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static ReadOnlySpan<byte> Utf16Be => [0xFE, 0xFF];

    private static ReadOnlySpan<byte> Utf16Le => [0xFF, 0xFE];

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Encoding?> Encodings = new(StringComparer.Ordinal);

    /// <summary>
    /// The encoding the Content-Type's charset names; null for none and for UTF-8, which the reader assumes anyway. A
    /// client sends the same header on every call, so each header seen is parsed once and its answer kept (the header
    /// parse and a code-page lookup per call cost more than the parse of a small envelope).
    /// </summary>
    private static Encoding? HeaderEncoding(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return null;
        }

        if (Encodings.TryGetValue(contentType, out var known))
        {
            return known;
        }

        string? charset = Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var type) ? type.Charset.Value : null;
        Encoding? encoding = null;
        if (!string.IsNullOrWhiteSpace(charset))
        {
            try
            {
                encoding = Encoding.GetEncoding(charset.Trim().Trim('"'));
            }
            catch (ArgumentException)
            {
                throw new XmlException($"The Content-Type charset '{charset}' is not a known encoding.");
            }
        }

        var kept = encoding is null || encoding.CodePage == Encoding.UTF8.CodePage ? null : encoding;
        if (Encodings.Count < 64)
        {
            Encodings.TryAdd(contentType, kept); // bounded: a client cannot grow it with headers of its own
        }

        return kept;
    }

    /// <summary>Counts as it reads: depth and attributes of each element, elements of the document.</summary>
    private sealed class LimitingReader(XmlReader inner, XmlLimits limits) : XmlWrappingReader(inner)
    {
        private int elements;

        public override bool Read()
        {
            if (!base.Read())
            {
                return false;
            }

            if (NodeType == XmlNodeType.Element)
            {
                if (Depth + 1 > limits.MaxDepth)
                {
                    throw new XmlLimitException(nameof(XmlLimits.MaxDepth), limits.MaxDepth);
                }

                if (++elements > limits.MaxElements)
                {
                    throw new XmlLimitException(nameof(XmlLimits.MaxElements), limits.MaxElements);
                }

                if (AttributeCount > limits.MaxAttributes)
                {
                    throw new XmlLimitException(nameof(XmlLimits.MaxAttributes), limits.MaxAttributes);
                }
            }

            return true;
        }
    }

    /// <summary>
    /// A read-only stream over memory (no copy of the body). Seekable, so the reader sizes its buffers to the body
    /// (a small envelope gets small buffers, not 4 KB ones to allocate and clear per call).
    /// </summary>
    private sealed class ReadOnlyMemoryStream(ReadOnlyMemory<byte> memory) : Stream
    {
        private int position;

        public override bool CanRead => true;
        public override bool CanSeek => true;
        public override bool CanWrite => false;
        public override long Length => memory.Length;

        public override long Position { get => position; set => Seek(value, SeekOrigin.Begin); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int n = Math.Min(buffer.Length, memory.Length - position);
            memory.Span.Slice(position, n).CopyTo(buffer);
            position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin)
        {
            long target = origin switch
            {
                SeekOrigin.Begin => offset,
                SeekOrigin.Current => position + offset,
                _ => memory.Length + offset,
            };
            position = (int)Math.Clamp(target, 0, memory.Length);
            return position;
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
