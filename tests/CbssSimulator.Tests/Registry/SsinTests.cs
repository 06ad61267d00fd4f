using CbssSimulator.Registry;
using Xunit;

namespace CbssSimulator.Tests.Registry;

public class SsinTests
{
    /// <summary>The worked examples of belgian-domain.md §1.6 (each re-validated by the two-branch checksum).</summary>
    [Theory]
    [InlineData("85073003328", 1985, 7, 30, 33, SsinKind.Rn)]
    [InlineData("17073003384", 2017, 7, 30, 33, SsinKind.Rn)]
    [InlineData("90011500287", 1990, 1, 15, 2, SsinKind.Rn)]
    [InlineData("01052099839", 2001, 5, 20, 998, SsinKind.Rn)]
    [InlineData("50000000179", 1950, 0, 0, 1, SsinKind.Rn)]
    [InlineData("72030000573", 1972, 3, 0, 5, SsinKind.Rn)]
    [InlineData("98472899765", 1998, 7, 28, 997, SsinKind.BisSexKnown)]
    [InlineData("01490700185", 2001, 9, 7, 1, SsinKind.BisSexKnown)]
    [InlineData("85273003371", 1985, 7, 30, 33, SsinKind.BisSexUnknown)]
    [InlineData("79510000274", 1979, 11, 0, 2, SsinKind.BisSexKnown)]
    [InlineData("60200000141", 1960, 0, 0, 1, SsinKind.BisSexUnknown)]
    [InlineData("10400000430", 2010, 0, 0, 4, SsinKind.BisSexKnown)]
    public void Create_WorkedExamples_GivesTheDocumentedNumber(string expected, int y, int m, int d, int seq, SsinKind kind)
    {
        Assert.Equal(expected, Ssin.Create(new IncompleteDate(y, m, d), seq, kind));
        Assert.Equal(SsinCheck.Valid, Ssin.Check(expected));
        Assert.Equal(kind, Ssin.Kind(expected));
        Assert.Equal(new IncompleteDate(y, m, d), Ssin.BirthDate(expected));
    }

    [Theory]
    [InlineData("85073003328", 19)]
    [InlineData("17073003384", 20)]
    [InlineData("00000100294", 20)]
    [InlineData("00000100166", 19)]
    public void Century_FollowsTheChecksumBranch(string ssin, int century) => Assert.Equal(century, Ssin.Century(ssin));

    [Theory]
    [InlineData("85073003327")] // check number off by one
    [InlineData("56000308818")] // eHealth "invalid identifier" scenario
    [InlineData("68070201351")] // Lino's garbled fixture
    [InlineData("85273003307")] // the wrong BIS example of a public .NET validator's README
    public void Check_WrongCheckNumber_IsBadChecksum(string ssin) => Assert.Equal(SsinCheck.BadChecksum, Ssin.Check(ssin));

    [Theory]
    [InlineData("8507300332")]  // 10 digits
    [InlineData("850730033281")]
    [InlineData("85x73003328")]
    [InlineData("85133003328")] // month 13
    [InlineData("85073200028")] // day 32
    [InlineData("85073000098")] // sequence 000 in the RN branch, check 98
    [InlineData("85613003328")] // month 61
    [InlineData(null)]
    public void Check_OutsideThePattern_IsBadPattern(string? ssin) => Assert.Equal(SsinCheck.BadPattern, Ssin.Check(ssin));

    [Fact]
    public void Sex_FollowsSequenceParity_AndIsUnknownForBisPlus20()
    {
        Assert.Equal(1, Ssin.Sex("85073003328"));
        Assert.Equal(2, Ssin.Sex("90011500287"));
        Assert.Equal(0, Ssin.Sex("85273003371"));
    }

    [Fact]
    public void Format_IsTheDisplayForm() => Assert.Equal("85.07.30-033.28", Ssin.Format("85073003328"));
}

public class KboTests
{
    [Theory]
    [InlineData("0212344876")]
    [InlineData("0428759497")]
    [InlineData("0212000131")]
    [InlineData("0207000077")]
    public void IsValid_WorkedExamples(string kbo) => Assert.True(Kbo.IsValid(kbo));

    [Theory]
    [InlineData("0123456789")] // Lino's demo number: checksum wrong
    [InlineData("0212344877")]
    [InlineData("2212344876")] // establishment-unit range, not an enterprise
    [InlineData("021234487")]
    [InlineData(null)]
    public void IsValid_Rejects(string? kbo) => Assert.False(Kbo.IsValid(kbo));

    [Fact]
    public void Create_AppendsCheckDigits_97WhenRemainderIsZero()
    {
        Assert.Equal("0212344876", Kbo.Create(2_123_448));
        Assert.Equal("0428759497", Kbo.Create(4_287_594));
    }
}
