using System.Globalization;

namespace CbssSimulator.Sandboxes;

public sealed partial class Journal
{
    /// <summary>
    /// One entry as values: nothing in it points at what the call allocated, unless the call was unusual (several
    /// SSINs or quality codes, a text not kept), so the collector has nothing of the call's to move.
    /// </summary>
    private struct Slot
    {
        public long Index;  // the slot's claim number; -1 while it is written
        public int Writing; // 1 while a writer holds the slot

        private long sequence;
        private long simulatedTicks;
        private long wallTicks;
        private string? simulatedText; // given as text (Add(JournalEntry)), else formatted from the ticks when read
        private string? wallText;
        private string? cpas;
        private string service;
        private string operation;
        private long ssin;                // the one SSIN when it is 11 digits, else -1
        private IReadOnlyList<string>? ssins; // the others: none, several, or one not of 11 digits
        private int qualityCount;
        private int quality0;
        private int quality1;
        private int[]? qualities; // more than two
        private string outcome;
        private string? code;
        private long durationMs;
        private string? sandbox;
        private int? httpStatus;
        private string? refusal;
        private JournalBodyMark bodies;

        public void Fill(in JournalLine line, string? simulatedText, string? wallText)
        {
            sequence = line.Sequence;
            (simulatedTicks, wallTicks) = (line.Simulated.UtcTicks, line.Wall.UtcTicks);
            (this.simulatedText, this.wallText) = (simulatedText, wallText);
            cpas = KeptStrings.Of(line.Cpas);
            service = KeptStrings.Of(line.Service)!;
            operation = KeptStrings.Of(line.Operation)!;
            ssin = line.Ssins.Count == 1 ? Number(line.Ssins[0]) : -1;
            ssins = ssin >= 0 || line.Ssins.Count == 0 ? null : [.. line.Ssins];
            var q = line.QualityCodes;
            qualityCount = q.Count;
            (quality0, quality1) = (q.Count > 0 ? q[0] : 0, q.Count > 1 ? q[1] : 0);
            qualities = q.Count > 2 ? [.. q] : null;
            outcome = KeptStrings.Of(line.Outcome)!;
            code = KeptStrings.Of(line.Code);
            durationMs = line.DurationMs;
            sandbox = KeptStrings.Of(line.Sandbox);
            httpStatus = line.HttpStatus;
            refusal = KeptStrings.Of(line.Refusal);
            bodies = line.Bodies;
        }

        public readonly JournalEntry ToEntry(JournalBodyRing ring) => new(
            sequence,
            simulatedText ?? IsoDate.Instant(new DateTimeOffset(simulatedTicks, TimeSpan.Zero)),
            wallText ?? IsoDate.Instant(new DateTimeOffset(wallTicks, TimeSpan.Zero)),
            cpas,
            service,
            operation,
            ssin >= 0 ? [ssin.ToString("D11", CultureInfo.InvariantCulture)] : ssins ?? [],
            qualities ?? (qualityCount switch { 0 => [], 1 => [quality0], _ => [quality0, quality1] }),
            outcome,
            code,
            durationMs,
            sandbox,
            httpStatus,
            refusal,
            bodies.IsNone ? null : new JournalBodies(ring, bodies));

        /// <summary>An SSIN of 11 ASCII digits as its number; -1 for anything else (kept as text).</summary>
        private static long Number(string text)
        {
            if (text.Length != 11)
            {
                return -1;
            }

            long n = 0;
            foreach (char c in text)
            {
                if (c is < '0' or > '9')
                {
                    return -1;
                }

                n = n * 10 + (c - '0');
            }

            return n;
        }
    }
}
