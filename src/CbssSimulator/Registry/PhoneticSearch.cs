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
        return persons.PhoneticCandidates(Phonetic.Key(lastName), from, to)
            .Where(p => wanted is null || p.FirstKeys.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(wanted.Contains))
            .Where(p => gender is null or 0 || p.Sex == gender)
            .OrderByDescending(p => Score(p, lastName, firstName))
            .ThenBy(p => Math.Abs(IncompleteDate.Parse(p.BirthDate).Earliest.DayNumber - birth.Earliest.DayNumber))
            .ThenBy(p => p.Ssin, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The full rows of the hits an answer shows, in their rank.</summary>
    public static IReadOnlyList<PersonRow> Rows(PersonStore persons, IEnumerable<PhoneticCandidate> hits) =>
        hits.Select(h => persons.Find(h.Ssin)).OfType<PersonRow>().ToList();

    private static int Score(PhoneticCandidate p, string lastName, string? firstName) =>
        (Phonetic.Fold(p.LastName) == Phonetic.Fold(lastName) ? 2 : 0)
        + (firstName is not null && Phonetic.Fold(p.FirstNames).StartsWith(Phonetic.Fold(firstName), StringComparison.Ordinal) ? 1 : 0);
}
