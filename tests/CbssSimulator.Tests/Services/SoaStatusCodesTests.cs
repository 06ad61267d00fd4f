using CbssSimulator.Wire.CommonV3;
using Xunit;

namespace CbssSimulator.Tests.Services;

/// <summary>The SOA status-code table: one entry per code, and the values and descriptions answered on the wire.</summary>
public class SoaStatusCodesTests
{
    [Fact]
    public void NoCodeIsListedTwice() =>
        Assert.Equal(SoaStatusCodes.All.Count, SoaStatusCodes.All.Select(c => c.Code).Distinct().Count());

    [Fact]
    public void EveryFieldIsListedInAll()
    {
        var fields = typeof(SoaStatusCodes).GetFields().Where(f => f.FieldType == typeof(SoaStatusCode)).Select(f => (SoaStatusCode)f.GetValue(null)!);
        Assert.Equal(fields.OrderBy(c => c.Code), SoaStatusCodes.All.OrderBy(c => c.Code));
    }

    [Theory]
    [InlineData("MSG00000", "DATA_FOUND", "Treatment completed successfully.")]
    [InlineData("MSG00003", "NO_RESULT", "Unexpected internal error occurred")]
    [InlineData("MSG00008", "NO_RESULT", "A validation error occurred.")]
    [InlineData("MSG00009", "NO_DATA_FOUND", "The person is deceased.")]
    [InlineData("MSG00012", "NO_RESULT", "The SSIN is not sufficiently integrated for your organization.")]
    [InlineData("MSG00100", "NO_DATA_FOUND", "Treatment successful, but no data found at the supplier.")]
    public void CodesKeepTheirWireText(string code, string value, string description)
    {
        var entry = SoaStatusCodes.Find(code);
        Assert.NotNull(entry);
        Assert.Equal((value, description), (entry.Value, entry.Description));
    }

    [Fact]
    public void NoResultAnswersTheEntry()
    {
        var status = StatusCatalog.NoResult(SoaStatusCodes.NoDataAtSupplier, Information.Of("ssin", "x"));
        Assert.Equal(("NO_DATA_FOUND", "MSG00100", "Treatment successful, but no data found at the supplier."), (status.Value, status.Code, status.Description));
        Assert.Single(status.Information);
    }
}
