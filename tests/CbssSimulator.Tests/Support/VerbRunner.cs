using CbssSimulator.Cli;
using Xunit;

namespace CbssSimulator.Tests.Support;

/// <summary>Runs a command-line verb in-process and captures what it printed (tests in the console collection).</summary>
internal static class VerbRunner
{
    public static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var (previousOut, previousError) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var run = Verbs.RunAsync(args);
            Assert.True(await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60), TimeProvider.System)) == run, $"'{string.Join(' ', args)}' did not return");
            return (await run, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(previousOut);
            Console.SetError(previousError);
        }
    }
}
