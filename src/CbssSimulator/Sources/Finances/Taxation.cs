namespace CbssSimulator.Sources.Finances;

/// <summary>
/// The tax formula of the simulated SPF Finances (modelled): taxable income = gross wages − 13.07 % social contributions
/// − flat professional expenses (30 %, at most 5,930 €), plus the income as self-employed − 20.5 % contributions, plus
/// the unemployment benefits. Read by the tax assessment consultation and by the household finances.
/// </summary>
public static class Taxation
{
    public static double Taxable(double grossWages, double selfEmployedIncome = 0, double benefits = 0)
    {
        double net = grossWages * (1 - 0.1307);
        return Math.Round(net - Math.Min(net * 0.30, 5930) + selfEmployedIncome * (1 - 0.205) + benefits, 2);
    }
}
