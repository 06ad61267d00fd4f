using System.Text;
using System.Xml;

namespace CbssSimulator.Soap;

/// <summary>
/// An XmlWriter per thread, kept between answers with its buffers (docs/decisions.md, "Writers kept per thread"): a
/// new XmlWriter allocates and clears 6–12 KB of buffers, more than a small answer holds. The writer is in fragment
/// mode, so one writer writes one document after another; each document closes every element it opens, so no
/// namespace scope outlives it and the bytes are those a new writer writes. A writer is taken out while in use (a
/// nested call makes its own), dropped when the writing throws (its state is then unknown), and not kept past
/// <see cref="KeepBelow"/> (a rare large answer does not pin its buffer).
/// </summary>
internal static class KeptXmlWriters
{
    /// <summary>Largest buffer kept for the next answer, in bytes or characters.</summary>
    private const int KeepBelow = 64 * 1024;

    [ThreadStatic]
    private static Utf8Target? utf8;

    [ThreadStatic]
    private static TextTarget? text;

    /// <summary>The UTF-8 bytes (no BOM, no declaration) of what <paramref name="write"/> writes.</summary>
    public static byte[] Utf8<TState>(TState state, Action<XmlWriter, TState> write)
    {
        var target = utf8 ?? new Utf8Target();
        utf8 = null;
        write(target.Writer, state);
        target.Writer.Flush();
        var bytes = target.Stream.ToArray();
        if (target.Stream.Capacity <= KeepBelow)
        {
            target.Stream.SetLength(0);
            utf8 = target;
        }

        return bytes;
    }

    /// <summary>The text of what <paramref name="write"/> writes after <paramref name="prefix"/> (no declaration is written).</summary>
    public static string Text<TState>(string prefix, TState state, Action<XmlWriter, TState> write)
    {
        var target = text ?? new TextTarget();
        text = null;
        target.Builder.Append(prefix);
        write(target.Writer, state);
        target.Writer.Flush();
        var result = target.Builder.ToString();
        if (target.Builder.Capacity <= KeepBelow)
        {
            target.Builder.Clear();
            text = target;
        }

        return result;
    }

    /// <summary>
    /// Writes <paramref name="prefix"/>, then what <paramref name="write"/> writes, as escaped text into the element
    /// <paramref name="outer"/> is in: the inner writer's buffer goes to <paramref name="outer"/> each time it fills, so
    /// the text is never made as one string. The inner writer has a fixed buffer and is always kept.
    /// </summary>
    public static void TextInto<TState>(XmlWriter outer, string prefix, TState state, Action<XmlWriter, TState> write)
    {
        var target = into ?? new IntoTarget();
        into = null;
        target.Output.Outer = outer;
        outer.WriteString(prefix);
        write(target.Writer, state);
        target.Writer.Flush();
        target.Output.Outer = null;
        into = target;
    }

    [ThreadStatic]
    private static IntoTarget? into;

    private sealed class IntoTarget
    {
        public IntoTarget() => Writer = XmlWriter.Create(Output, TextTarget.Settings);

        public ForwardingWriter Output { get; } = new();

        public XmlWriter Writer { get; }
    }

    /// <summary>Hands what it is given to an XmlWriter as element text (which escapes it). Its encoding is a StringWriter's.</summary>
    private sealed class ForwardingWriter : TextWriter
    {
        private static readonly Encoding Utf16 = new UnicodeEncoding(false, false);

        public XmlWriter? Outer { get; set; }

        public override Encoding Encoding => Utf16;

        public override void Write(char value) => Outer!.WriteChars([value], 0, 1);

        public override void Write(char[] buffer, int index, int count) => Outer!.WriteChars(buffer, index, count);

        public override void Write(string? value) => Outer!.WriteString(value);
    }

    private sealed class Utf8Target
    {
        private static readonly XmlWriterSettings Settings = new()
        {
            Encoding = new UTF8Encoding(false), OmitXmlDeclaration = true, ConformanceLevel = ConformanceLevel.Fragment, CloseOutput = false,
        };

        public Utf8Target() => Writer = XmlWriter.Create(Stream, Settings);

        public MemoryStream Stream { get; } = new(4096);

        public XmlWriter Writer { get; }
    }

    private sealed class TextTarget
    {
        public static readonly XmlWriterSettings Settings = new() { OmitXmlDeclaration = true, ConformanceLevel = ConformanceLevel.Fragment, CloseOutput = false };

        public TextTarget() => Writer = XmlWriter.Create(new StringWriter(Builder, CultureInfo.InvariantCulture), Settings);

        public StringBuilder Builder { get; } = new(2048);

        public XmlWriter Writer { get; }
    }
}
