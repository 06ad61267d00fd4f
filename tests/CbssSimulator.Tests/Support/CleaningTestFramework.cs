using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: Xunit.TestFramework("CbssSimulator.Tests.Support.CleaningTestFramework", "CbssSimulator.Tests")]

namespace CbssSimulator.Tests.Support;

/// <summary>
/// xunit's own framework, plus one step when the run is over: the run's temp folder (<see cref="TestTemp"/>) is removed.
/// The test runner may end the process without its exit handlers, so this is where the removal happens.
/// </summary>
public sealed class CleaningTestFramework : XunitTestFramework
{
    public CleaningTestFramework(IMessageSink messageSink) : base(messageSink) =>
        DisposalTracker.Add(new Cleanup());

    private sealed class Cleanup : IDisposable
    {
        public void Dispose()
        {
            // A host still closing may write a last file while the folder goes: try again a few times.
            for (int attempt = 0; attempt < 5 && Directory.Exists(TestTemp.Root); attempt++)
            {
                TestTemp.RemoveTree(TestTemp.Root);
                if (Directory.Exists(TestTemp.Root))
                {
                    Thread.Sleep(50);
                }
            }
        }
    }
}
