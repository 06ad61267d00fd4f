using CbssSimulator.Integrations;
using CbssSimulator.Registry;
using CbssSimulator.Tests.Support;
using Xunit;

namespace CbssSimulator.Tests.Integrations;

/// <summary>
/// Merging on REGISTER and shortening/splitting on UNREGISTER (docs/decisions.md, "Registering merges, removing
/// splits"), on a fresh registry copy.
/// </summary>
public class IntegrationStoreTests
{
    private readonly IntegrationStore store = new(new RegistryDatabase(TestRegistry.Copy()));
    private const string Cbe = "0212344876";
    private const string Ssin = "85073003328";

    private static DateOnly Day(int d) => new DateOnly(2026, 1, 1).AddDays(d);

    [Fact]
    public void Register_TouchingOrOverlappingPeriodsOfTheSameCode_Merge()
    {
        store.Register(Cbe, Ssin, 2, new Period(Day(0), Day(9)));
        store.Register(Cbe, Ssin, 2, new Period(Day(10), Day(19)));  // touches
        store.Register(Cbe, Ssin, 2, new Period(Day(15), Day(30)));  // overlaps
        store.Register(Cbe, Ssin, 2, new Period(Day(40), Day(50)));  // apart
        store.Register(Cbe, Ssin, 3, new Period(Day(0), Day(50)));   // other code
        Assert.Equal(
            [(2, new Period(Day(0), Day(30))), (2, new Period(Day(40), Day(50))), (3, new Period(Day(0), Day(50)))],
            store.ForCaller(Ssin, Cbe).Select(i => (i.QualityCode, i.Period)).OrderBy(x => x.QualityCode).ThenBy(x => x.Period.Start));
    }

    [Fact]
    public void Unregister_InTheMiddle_Splits_AndWithoutEnd_RemovesToInfinity()
    {
        store.Register(Cbe, Ssin, 7, new Period(Day(0), Day(100)));
        store.Unregister(Cbe, Ssin, 7, new Period(Day(20), Day(29)));
        Assert.Equal([new Period(Day(0), Day(19)), new Period(Day(30), Day(100))], store.ForCaller(Ssin, Cbe).Select(i => i.Period).OrderBy(p => p.Start));
        store.Unregister(Cbe, Ssin, 7, new Period(Day(50), null));
        Assert.Equal([new Period(Day(0), Day(19)), new Period(Day(30), Day(49))], store.ForCaller(Ssin, Cbe).Select(i => i.Period).OrderBy(p => p.Start));
    }

    [Fact]
    public void Unregister_TouchesOnlyThatCpasAndCode()
    {
        store.Register(Cbe, Ssin, 1, new Period(Day(0), Day(10)));
        store.Register("0207000077", Ssin, 1, new Period(Day(0), Day(10)));
        store.Register(Cbe, Ssin, 2, new Period(Day(0), Day(10)));
        store.Unregister(Cbe, Ssin, 1, new Period(Day(0), null));
        Assert.Equal([(1, "0207000077"), (2, Cbe)], store.ForSsin(Ssin).Select(i => (i.QualityCode, i.Cbe)).Order());
    }
}
