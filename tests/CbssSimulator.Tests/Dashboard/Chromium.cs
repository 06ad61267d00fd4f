using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using CbssSimulator.Tests.Support;

namespace CbssSimulator.Tests.Dashboard;

/// <summary>
/// A headless Chromium driven over its DevTools protocol (a WebSocket, System.Net.WebSockets): no driver package, no
/// browser download — the machine's <c>chromium</c> (Debian's package; <c>.ci/run</c> installs it) or the one
/// <c>CBSS_CHROMIUM</c> names. Waits poll a condition in the page until a deadline, never sleep a fixed time.
/// </summary>
internal sealed class Chromium : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>The browser is another process and runs on the machine's time: the deadlines of the waits are on it too.</summary>
    private static readonly TimeProvider Wall = TimeProvider.System;

    private readonly Process process;
    private readonly string profile;
    private readonly string scratch;
    private readonly ClientWebSocket socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> pending = new();
    private readonly CancellationTokenSource stop = new();
    private int nextId;
    private Task? reader;

    private Chromium(Process process, string profile, string scratch)
    {
        this.process = process;
        this.profile = profile;
        this.scratch = scratch;
    }

    /// <summary>Exceptions the page threw and errors it logged: a test ends by asserting there were none.</summary>
    public ConcurrentQueue<string> PageErrors { get; } = new();

    /// <summary>The browser executable: CBSS_CHROMIUM, else chromium / chromium-browser / google-chrome on the PATH; null when none.</summary>
    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable("CBSS_CHROMIUM") is { Length: > 0 } named)
        {
            return File.Exists(named) ? named : null;
        }

        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return new[] { "chromium", "chromium-browser", "google-chrome", "google-chrome-stable" }
            .SelectMany(name => folders.Select(folder => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
    }

    public static async Task<Chromium> StartAsync(string executable)
    {
        string profile = TestTemp.Folder("chromium");
        // Chromium's singleton socket and cookie go into a folder of their own under TMPDIR, which a killed browser
        // leaves behind: a short one of ours (a socket path has at most 107 characters), removed with the profile.
        string scratch = Directory.CreateTempSubdirectory("cbss-cr-").FullName;
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.Environment["TMPDIR"] = scratch;
        foreach (var argument in new[]
        {
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
            "--disable-extensions", "--disable-background-networking", "--disable-sync", "--hide-scrollbars", "--mute-audio",
            "--remote-debugging-port=0", $"--user-data-dir={profile}", "about:blank",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{executable} did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var browser = new Chromium(process, profile, scratch);
        try
        {
            await browser.ConnectAsync();
        }
        catch
        {
            await browser.DisposeAsync();
            throw;
        }

        return browser;
    }

    private async Task ConnectAsync()
    {
        // Chromium writes the port it chose, then the browser's path, into DevToolsActivePort in its profile.
        string file = Path.Combine(profile, "DevToolsActivePort");
        var deadline = Wall.GetUtcNow() + Patience;
        while (!File.Exists(file) || new FileInfo(file).Length == 0)
        {
            if (process.HasExited || Wall.GetUtcNow() > deadline)
            {
                throw new InvalidOperationException("Chromium did not open its DevTools port.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), Wall);
        }

        int port = int.Parse(File.ReadAllLines(file)[0], System.Globalization.CultureInfo.InvariantCulture);
        using var http = new HttpClient();
        JsonElement page = default;
        while (page.ValueKind == JsonValueKind.Undefined)
        {
            var targets = JsonDocument.Parse(await http.GetStringAsync($"http://127.0.0.1:{port}/json/list")).RootElement;
            page = targets.EnumerateArray().FirstOrDefault(t => t.GetProperty("type").GetString() == "page");
            if (page.ValueKind == JsonValueKind.Undefined && Wall.GetUtcNow() > deadline)
            {
                throw new InvalidOperationException("Chromium has no page to drive.");
            }
        }

        await socket.ConnectAsync(new Uri(page.GetProperty("webSocketDebuggerUrl").GetString()!), CancellationToken.None);
        reader = Task.Run(ReadAsync);
        await SendAsync("Page.enable");
        await SendAsync("Runtime.enable");
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        try
        {
            while (!stop.IsCancellationRequested && socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, stop.Token);
                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                using var doc = JsonDocument.Parse(message.ToArray());
                message.SetLength(0);
                var root = doc.RootElement;
                if (root.TryGetProperty("id", out var id) && pending.TryRemove(id.GetInt32(), out var waiter))
                {
                    waiter.TrySetResult(root.Clone());
                }
                else if (root.TryGetProperty("method", out var method))
                {
                    Observe(method.GetString(), root.GetProperty("params"));
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // the browser closed or the test ended
        }

        foreach (var waiter in pending.Values)
        {
            waiter.TrySetException(new InvalidOperationException("The browser connection closed."));
        }
    }

    private void Observe(string? method, JsonElement parameters)
    {
        if (method == "Runtime.exceptionThrown")
        {
            PageErrors.Enqueue(parameters.GetProperty("exceptionDetails").ToString());
        }
        else if (method == "Runtime.consoleAPICalled" && parameters.GetProperty("type").GetString() == "error")
        {
            PageErrors.Enqueue(parameters.GetProperty("args").ToString());
        }
    }

    public async Task<JsonElement> SendAsync(string method, object? parameters = null)
    {
        int id = Interlocked.Increment(ref nextId);
        var waiter = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = waiter;
        var bytes = JsonSerializer.SerializeToUtf8Bytes(new { id, method, @params = parameters ?? new { } });
        await socket.SendAsync(bytes, WebSocketMessageType.Text, true, CancellationToken.None);
        var reply = await waiter.Task.WaitAsync(Patience);
        if (reply.TryGetProperty("error", out var error))
        {
            throw new InvalidOperationException($"{method}: {error}");
        }

        return reply.GetProperty("result");
    }

    /// <summary>Evaluates an expression in the page (promises awaited) and answers its value as JSON.</summary>
    public async Task<JsonElement> EvalAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new { expression, awaitPromise = true, returnByValue = true });
        if (result.TryGetProperty("exceptionDetails", out var failure))
        {
            throw new InvalidOperationException($"{expression}: {failure}");
        }

        return result.GetProperty("result").TryGetProperty("value", out var value) ? value.Clone() : default;
    }

    public async Task<string> TextAsync(string selector) =>
        (await EvalAsync($"(document.querySelector({Js(selector)}) || {{}}).textContent || ''")).GetString() ?? "";

    /// <summary>Waits until the expression is true in the page; fails naming what was awaited.</summary>
    public async Task WaitAsync(string expression, string what)
    {
        var deadline = Wall.GetUtcNow() + Patience;
        while (true)
        {
            var value = await EvalAsync($"!!({expression})");
            if (value.ValueKind == JsonValueKind.True)
            {
                return;
            }

            if (Wall.GetUtcNow() > deadline)
            {
                var page = (await EvalAsync("location.href + '\\n' + document.body.innerText.slice(0, 1500)")).GetString();
                throw new TimeoutException($"Waited {Patience.TotalSeconds} s for {what}. The page:\n{page}\nErrors: {string.Join("\n", PageErrors)}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), Wall);
        }
    }

    public async Task GoAsync(string url)
    {
        await SendAsync("Page.navigate", new { url });
        await WaitAsync($"location.href.startsWith({Js(url.Split('#')[0])}) && document.readyState === 'complete'", "the page " + url);
    }

    public Task ViewportAsync(int width, int height) =>
        SendAsync("Emulation.setDeviceMetricsOverride", new { width, height, deviceScaleFactor = 1, mobile = false });

    public async Task ClickAsync(string selector)
    {
        await WaitAsync($"document.querySelector({Js(selector)})", "an element " + selector);
        await EvalAsync($"document.querySelector({Js(selector)}).click()");
    }

    /// <summary>Types a value into an input, textarea or select, as a user's edit fires input and change.</summary>
    public async Task FillAsync(string selector, string value)
    {
        await WaitAsync($"document.querySelector({Js(selector)})", "a field " + selector);
        await EvalAsync($"(() => {{ const e = document.querySelector({Js(selector)}); e.focus(); e.value = {Js(value)}; " +
            "e.dispatchEvent(new Event('input', { bubbles: true })); e.dispatchEvent(new Event('change', { bubbles: true })); })()");
    }

    public async Task ScreenshotAsync(string path)
    {
        var shot = await SendAsync("Page.captureScreenshot", new { format = "png", captureBeyondViewport = true });
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, Convert.FromBase64String(shot.GetProperty("data").GetString()!));
    }

    /// <summary>A JavaScript string literal.</summary>
    public static string Js(string text) => JsonValue.Create(text)!.ToJsonString();

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync().WaitAsync(Patience);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            // already gone
        }

        if (reader is not null)
        {
            await reader.WaitAsync(Patience).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        socket.Dispose();
        process.Dispose();
        stop.Dispose();
        TestTemp.Remove(profile);
        TestTemp.Remove(scratch);
    }
}
