namespace CbssSimulator.Wire.CommonV3;

/// <summary>
/// The ticketCBSS of a SOA answer: a random (version 4) GUID. Made from <see cref="Random.Shared"/>, not
/// <see cref="Guid.NewGuid"/>, whose cryptographic bytes cost a read of the kernel's random source on every call
/// (≈ 1 % of a TestConnection's CPU); a ticket only has to differ from the others.
/// </summary>
public static class TicketCbss
{
    public static Guid New()
    {
        Span<byte> bytes = stackalloc byte[16];
        Random.Shared.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4 (the GUID's third group, stored little-endian)
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes);
    }
}
