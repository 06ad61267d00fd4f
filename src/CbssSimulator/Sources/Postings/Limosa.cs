using CbssSimulator.Registry;
using CbssSimulator.Sources.Employment;

namespace CbssSimulator.Sources.Postings;

/// <summary>A Limosa declaration: a worker posted to Belgium by a foreign employer, for a Belgian client, with an A1 document.</summary>
public sealed record Posting(string LimosaId, DateOnly Begin, DateOnly End, string ForeignEmployer, int Country, string ClientCbe, int WorkplaceNis);

/// <summary>
/// Postings derived from the registry (no table): about 40 % of the adults under 65 with a BIS number and a foreign
/// nationality are workers posted to Belgium — one or two postings of 1 to 6 months in the last two years, by an employer
/// of their country, for a Belgian client of the employer repertory (construction, joint committee 124), each covered
/// by an A1 document of the sending country. The Limosa id is derived from the number.
/// </summary>
public static class Limosa
{
    private static readonly string[] Firms = ["Budowa", "Construct", "Montage", "Bau", "Servicii", "Stavby"];

    public static IReadOnlyList<Posting> Postings(PersonRow p, IReadOnlyList<EmployerRow> clients, DateOnly today)
    {
        uint hash = StableHash.Of(p.Ssin + "L");
        var born = IncompleteDate.Parse(p.BirthDate).Earliest;
        if (p.Register != Registers.Bis || p.Nationality == 150 || p.DeathDate is not null || hash % 10 >= 4 || clients.Count == 0
            || born.AddYears(18) > today.AddYears(-2) || born.AddYears(65) <= today)
        {
            return [];
        }

        return Enumerable.Range(0, 1 + (int)(hash >> 4) % 2).Select(i =>
        {
            uint h = StableHash.Of(p.Ssin + "L" + i);
            var begin = today.AddDays(-30 - (int)(h % 690));
            var client = clients[(int)(h % (uint)clients.Count)];
            return new Posting($"L{h % 100_000_000:D8}", begin, begin.AddDays(30 + (int)((h >> 8) % 150)), $"{p.LastName} {Firms[h % Firms.Length]}",
                p.Nationality, client.Cbe, client.NisCode);
        }).OrderBy(x => x.Begin).ToList();
    }
}
