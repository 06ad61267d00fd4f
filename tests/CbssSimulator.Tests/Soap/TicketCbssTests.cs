using CbssSimulator.Wire.CommonV3;
using Xunit;

namespace CbssSimulator.Tests.Soap;

/// <summary>A SOA answer's ticketCBSS is a version-4 GUID, a different one on every answer.</summary>
public class TicketCbssTests
{
    [Fact]
    public void Tickets_AreVersion4Guids_AllDifferent()
    {
        var tickets = Enumerable.Range(0, 10_000).Select(_ => TicketCbss.New().ToString()).ToArray();
        Assert.Equal(tickets.Length, tickets.Distinct().Count());
        Assert.All(tickets, t => Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", t));
    }
}
