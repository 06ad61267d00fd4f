using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: Xunit.TestFramework("CbssSimulator.Tests.Support.CleaningTestFramework", "CbssSimulator.Tests")]

namespace CbssSimulator.Tests.Support;

/// <summary>
/// xunit's own framework, plus one step when the run is over: the run's temp folder (<see cref="TestTemp"/>) is removed
/// before the runner hears that the assembly has finished. The runner ends the test process soon after it hears it, so a
/// removal made later (when the framework is disposed, or at the process's exit) was cut short and left the run's files
/// until the next run.
/// </summary>
public sealed class CleaningTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkExecutor CreateExecutor(AssemblyName assemblyName) =>
        new Executor(assemblyName, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Executor(AssemblyName assemblyName, ISourceInformationProvider sourceInformationProvider, IMessageSink diagnosticMessageSink)
        : XunitTestFrameworkExecutor(assemblyName, sourceInformationProvider, diagnosticMessageSink)
    {
        protected override void RunTestCases(IEnumerable<IXunitTestCase> testCases, IMessageSink executionMessageSink, ITestFrameworkExecutionOptions executionOptions) =>
            base.RunTestCases(testCases, new CleaningSink(executionMessageSink), executionOptions);
    }

    /// <summary>Every fixture and host is disposed by the time the assembly's end is reported: the folder is removed then.</summary>
    private sealed class CleaningSink(IMessageSink inner) : Xunit.LongLivedMarshalByRefObject, IMessageSink
    {
        public bool OnMessage(IMessageSinkMessage message)
        {
            if (message is ITestAssemblyFinished)
            {
                Remove();
            }

            return inner.OnMessage(message);
        }

        private static void Remove()
        {
            // A host still closing may write a last file while the folder goes: try again a few times.
            for (int attempt = 0; attempt < 5 && Directory.Exists(TestTemp.Root); attempt++)
            {
                TestTemp.Remove(TestTemp.Root);
                if (Directory.Exists(TestTemp.Root))
                {
                    Thread.Sleep(50);
                }
            }
        }
    }
}
