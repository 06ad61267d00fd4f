using CbssSimulator.Cli;

return await Verbs.RunAsync(args);

/// <summary>The host's entry point type, for WebApplicationFactory in the tests.</summary>
public partial class Program;
