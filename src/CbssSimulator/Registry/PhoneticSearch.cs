namespace CbssSimulator.Registry;

/// <summary>
/// The phonetic person search of seeds 000/001, shared by IdentifyPerson and PersonServiceV4: same last-name key, a
/// birth date in the tolerance window, an asked first name matching one of the person's, the asked gender; best
/// spelling first, then birth-date distance. The ranking reads the phonetic index only; the full rows are read for the
/// hits an answer shows (<see cref="Rows"/>).
/// </summary>
public static class PhoneticSearch
{
    public static IReadOnlyList<PhoneticCandidate> Find(PersonStore persons, string lastName, string? firstName, IncompleteDate birth, int tolerance, int? gender)
    {
        var (from, to) = birth.SearchWindow(tolerance);
        var wanted = firstName is null ? null : Phonetic.FirstNameKeys(firstName);
        var score = new Scoring(Phonetic.Fold(lastName), firstName is null ? null : Phonetic.Fold(firstName));
        int asked = birth.Earliest.DayNumber;
        return persons.PhoneticCandidates(Phonetic.Key(lastName), from, to)
            .Where(p => wanted is null || p.FirstKeys.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(wanted.Contains))
            .Where(p => gender is null or 0 || p.Sex == gender)
            .OrderByDescending(score.Of)
            .ThenBy(p => Math.Abs(IncompleteDate.Parse(p.BirthDate).Earliest.DayNumber - asked))
            .ThenBy(p => p.Ssin, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The full rows of the hits an answer shows, in their rank.</summary>
    public static IReadOnlyList<PersonRow> Rows(PersonStore persons, IEnumerable<PhoneticCandidate> hits) =>
        hits.Select(h => persons.Find(h.Ssin)).OfType<PersonRow>().ToList();

    /// <summary>
    /// Best spelling first: the same folded last name (2), then a first name that begins with the asked one (1). The
    /// asked names are folded once, and a candidate's last name once per spelling: a search at 1 M persons ranks over a
    /// thousand candidates who share a handful of spellings (docs/decisions.md, "Phonetic search reads its index").
    /// </summary>
    private sealed class Scoring(string lastName, string? firstName)
    {
        private readonly Dictionary<string, bool> sameLastName = new(StringComparer.Ordinal);

        public int Of(PhoneticCandidate p)
        {
            if (!sameLastName.TryGetValue(p.LastName, out bool same))
            {
                sameLastName[p.LastName] = same = Phonetic.Fold(p.LastName) == lastName;
            }

            return (same ? 2 : 0) + (firstName is not null && Phonetic.Fold(p.FirstNames).StartsWith(firstName, StringComparison.Ordinal) ? 1 : 0);
        }
    }
}
