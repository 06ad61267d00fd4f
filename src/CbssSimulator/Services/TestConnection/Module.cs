using CbssSimulator.Hosting;

namespace CbssSimulator.Services.TestConnection;

/// <summary>TestConnectionService: the echo a product sends to check its connection, on its public contract.</summary>
public sealed class TestConnectionModule : ServiceModule
{
    public override IReadOnlyList<SoapService> SoapEndpoints { get; } =
        [SoapService.Of<ITestConnectionService, TestConnectionService>(TestConnectionNamespaces.Path, TestConnectionService.Endpoint)];

    public override IReadOnlyList<ServedOperation> Operations =>
    [
        SoaOperation<ITestConnectionService>("TestConnectionService", "sendTestMessage", "public schema (TestConnectionServiceV1)", _ => $"""
            <tc:sendTestMessageRequest xmlns:tc="{TestConnectionNamespaces.Interface}"><echo>test</echo></tc:sendTestMessageRequest>
            """),
    ];
}
