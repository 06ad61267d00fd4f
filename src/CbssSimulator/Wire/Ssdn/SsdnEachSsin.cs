namespace CbssSimulator.Wire.Ssdn;

/// <summary>
/// The start of an SSDN request that carries several SSINs in its key (Vesta): the region clause of the row, then each
/// SSIN's checks and integration control; the first SSIN that fails refuses the whole request and is named
/// (docs/decisions.md, "Flemish CPAS: Vesta and KBI").
/// </summary>
public static class SsdnEachSsin
{
    /// <summary>An error outcome when the region, an SSIN or a control refuses; else the verdict (all SSINs passed, or no control).</summary>
    public static SsdnOutcome? Check(IReadOnlyList<(string Ssin, string Role)> key, Registry.PersonStore persons, Integrations.IntegrationControl control,
        Integrations.ControlRow row, Registry.CpasRow caller, Integrations.Period? requested, string operation, out IReadOnlyList<int> matched)
    {
        matched = [];
        var ssins = key.Select(k => k.Ssin).ToList();
        if (Integrations.IntegrationControl.RegionRefusal(row, caller) is { } why)
        {
            if (Soap.CallContext.Current is { } current)
            {
                current.Refusal = why;
            }

            return SsdnOutcome.Error(SsdnDetail.Of(SsdnReasonCodes.RegionRefused, ("OrgUnit", caller.Cbe), ("Region", caller.Region), ("RequiredRegion", row.Region)))
                with { Operation = operation, Ssins = ssins };
        }

        if (key.Count == 0)
        {
            return row.Ssins == Integrations.SsinRule.EachIfAny ? null
                : SsdnOutcome.Error(SsdnDetail.Of(SsdnReasonCodes.Mandatory, ("Key/SSIN", null))) with { Operation = operation };
        }

        foreach (var (ssin, role) in key)
        {
            if (SsdnSsin.Check(ssin, persons, out _) is { } refused)
            {
                return refused with { Operation = operation, Ssin = ssin, Ssins = ssins, Details = [.. refused.Details.Select(d => d with { Information = [.. d.Information, ("Role", role)] })] };
            }
        }

        var verdict = control.CheckEach(row, caller.Cbe, ssins, requested);
        if (!verdict.Allowed)
        {
            string role = key.First(k => k.Ssin == verdict.FailedSsin).Role;
            return SsdnOutcome.Error(SsdnDetail.Of(SsdnReasonCodes.NotIntegrated, ("SSIN", verdict.FailedSsin), ("Role", role), ("OrgUnit", caller.Cbe)))
                with { Operation = operation, Ssin = verdict.FailedSsin, Ssins = ssins };
        }

        matched = verdict.MatchedCodes;
        return null;
    }
}
