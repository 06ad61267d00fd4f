using CbssSimulator.Registry;
using Xunit;

namespace CbssSimulator.Tests.Registry;

/// <summary>Pairs that must and must not share a phonetic key (docs/decisions.md, "Our phonetic key").</summary>
public class PhoneticTests
{
    [Theory]
    [InlineData("DEWACHTER", "DE WACHTER")]
    [InlineData("STEPHANIE", "STEFANIE")]
    [InlineData("Stéphanie", "STEFANIE")]
    [InlineData("VAN DEN BERGHE", "VANDENBERGHE")]
    [InlineData("Van den Berghe", "VANDENBERGE")]
    [InlineData("JEAN-PIERRE", "JEAN PIERRE")]
    [InlineData("D'HONDT", "DHONDT")]
    [InlineData("D'Hondt", "DE HONDT")]
    [InlineData("JANSSENS", "JANSENS")]
    [InlineData("PEETERS", "PETERS")]
    [InlineData("Müller", "MULLER")]
    [InlineData("Gérard", "GERARD")]
    [InlineData("MUSTERMANN", "MUSTERMAN")]
    [InlineData("Zoë", "ZOE")]
    [InlineData("Philippe", "FILIPPE")]
    [InlineData("VERMEULEN", "VERMEULLEN")]
    public void Key_SpellingsOfOneName_Match(string a, string b) => Assert.Equal(Phonetic.Key(a), Phonetic.Key(b));

    [Theory]
    [InlineData("DEWACHTER", "DEWAELE")]
    [InlineData("MARTIN", "MARTENS")]
    [InlineData("PEETERS", "PETIT")]
    [InlineData("DUBOIS", "DUPONT")]
    [InlineData("JANSSENS", "JACOBS")]
    [InlineData("LAMBERT", "LAURENT")]
    [InlineData("STEPHANIE", "STEPHAN")]
    [InlineData("MAES", "MERTENS")]
    public void Key_DifferentNames_DoNotMatch(string a, string b) => Assert.NotEqual(Phonetic.Key(a), Phonetic.Key(b));

    [Fact]
    public void Fold_IgnoresCaseAccentsSpacesHyphensApostrophes() =>
        Assert.Equal("DHONDTJEANPIERRE", Phonetic.Fold("d'Hondt Jean-Pierre"));

    [Fact]
    public void FirstNameKeys_CoverEachNameAndTheWhole()
    {
        var keys = Phonetic.FirstNameKeys("Jean-Pierre Marie");
        Assert.Contains(Phonetic.Key("Jean-Pierre"), keys);
        Assert.Contains(Phonetic.Key("Marie"), keys);
    }
}
