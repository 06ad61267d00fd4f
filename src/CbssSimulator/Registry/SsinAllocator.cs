namespace CbssSimulator.Registry;

/// <summary>Gives out free numbers: odd sequences for men, even for women, any for a BIS number with the sex unknown.</summary>
public static class SsinAllocator
{
    public static string Next(IncompleteDate birth, int sex, SsinKind kind, Func<string, bool> isTaken)
    {
        int step = kind == SsinKind.BisSexUnknown ? 1 : 2;
        for (int seq = sex == 2 ? 2 : 1; seq <= 998; seq += step)
        {
            var ssin = Ssin.Create(birth, seq, kind);
            if (!isTaken(ssin) && !Personas.PersonaCatalogue.IsPersona(ssin) && !Personas.FailOnPurpose.BySsin.ContainsKey(ssin)) // the personas' numbers are reserved (docs/decisions.md, "Personas")
            {
                return ssin;
            }
        }

        throw new InvalidOperationException($"No free SSIN is left for {birth}.");
    }
}
