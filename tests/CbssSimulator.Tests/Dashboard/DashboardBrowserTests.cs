using CbssSimulator.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Xunit;
using Xunit.Abstractions;

namespace CbssSimulator.Tests.Dashboard;

/// <summary>The simulator on a real port with an admin token, as a tester's browser meets it.</summary>
public sealed class DashboardHostFactory : SimulatorFactory
{
    public const string Token = "dashboard-test-token";

    public DashboardHostFactory()
    {
        UseKestrel();
        StartServer();
    }

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["urls"] = "http://127.0.0.1:0",
        ["Admin:Token"] = Token,
    };

    public Uri BaseAddress => ClientOptions.BaseAddress;
}

/// <summary>
/// The scenario loop done from the dashboard alone, in headless Chromium, at 1280 and 800 px (docs/dashboard.md): the
/// token asked for, a scenario loaded from the folder, the clock moved, a person found by the phonetic search with a
/// tolerance, an integration made with "send the example" and seen on the person's time line, a call the test sends seen
/// live in the journal and opened to its reply and the control's reason, the verification green and red. Screenshots
/// are kept in bin/…/artifacts/ui (the test prints the folder). Skipped where no Chromium is installed.
/// </summary>
public sealed class DashboardBrowserTests(DashboardHostFactory factory, ITestOutputHelper output) : IClassFixture<DashboardHostFactory>
{
    private const string Applicant = "86051512406", Liege = "0299900145";

    public static readonly string Artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts", "ui");

    [SkippableTheory]
    [InlineData(1280, 900)]
    [InlineData(800, 1000)]
    public async Task TheScenarioLoop_CanBeDoneFromTheDashboardAlone(int width, int height)
    {
        var executable = Chromium.Find();
        Skip.If(executable is null, "No Chromium here (install Debian's 'chromium' package, as .ci/run does, or set CBSS_CHROMIUM): the dashboard's browser tests are not run.");
        await using var browser = await Chromium.StartAsync(executable);
        await browser.ViewportAsync(width, height);
        string sandbox = $"ui-{width}", root = factory.BaseAddress.ToString().TrimEnd('/');
        output.WriteLine($"screenshots: {Artifacts}");

        // A browser opening the root lands on the dashboard, which asks for the admin token.
        await browser.GoAsync(root + "/");
        await browser.WaitAsync("location.pathname === '/ui/'", "the redirect to /ui/");
        await browser.WaitAsync("!document.getElementById('login').hidden", "the token prompt");
        await Shot(browser, width, "1-token");
        await browser.FillAsync("#token-input", DashboardHostFactory.Token);
        await browser.ClickAsync("#token-submit");
        await browser.WaitAsync("document.getElementById('login').hidden && document.querySelector('#sandbox-list tr[data-sandbox=default]')", "the sandboxes, once the token is sent");

        // Make a sandbox from a scenario of the folder; it becomes the selected one.
        await browser.FillAsync("#make-name", sandbox);
        await browser.FillAsync("#make-source", "folder");
        await browser.WaitAsync("[...document.querySelectorAll('#make-scenario option')].some(o => o.value === 'ris-couple.yaml')", "the scenario files");
        await browser.FillAsync("#make-scenario", "ris-couple.yaml");
        await browser.ClickAsync("#make-submit");
        await browser.WaitAsync($"document.querySelector('#sandbox-list tr.current[data-sandbox={sandbox}]') && document.getElementById('sandbox-select').value === '{sandbox}'", "the new sandbox, selected");
        // The selected sandbox's page fills in after the list does: wait for its clock, then check it.
        await browser.WaitAsync("document.querySelector('#clock-today') && document.querySelector('#clock-today').textContent === '2026-11-23'", "the scenario's clock (2026-11-23)");
        Assert.Equal("2026-11-23", await browser.TextAsync("#clock-today"));

        // Its clock: one week on.
        await browser.FillAsync("#clock-days", "7");
        await browser.ClickAsync("#clock-advance");
        await browser.WaitAsync("document.querySelector('#clock-today') && document.querySelector('#clock-today').textContent === '2026-11-30'", "the clock moved a week");
        Assert.Equal("today 2026-11-30", await browser.TextAsync("#clock-badge"));
        await Shot(browser, width, "2-sandboxes");
        await AssertFits(browser, width);

        // The applicant, found as the services find her: name as heard, a birth date two days off, tolerance 2.
        await browser.GoAsync(root + "/ui/#/persons");
        await browser.FillAsync("#phon-last", "Lambert");
        await browser.FillAsync("#phon-birth", "1986-05-13");
        await browser.FillAsync("#phon-tolerance", "2");
        await browser.ClickAsync("#phonetic-search");
        await browser.WaitAsync($"document.querySelector('#person-results tr[data-ssin=\"{Applicant}\"]')", "the applicant in the phonetic results");
        await Shot(browser, width, "3-persons");
        await AssertFits(browser, width);

        // Integrate her at CPAS Liège with the catalogue's example (ManageAccess REGISTER 001).
        await browser.GoAsync(root + "/ui/#/catalogue");
        await browser.FillAsync("#example-ssin", Applicant);
        await browser.FillAsync("#example-cbe", Liege);
        await browser.FillAsync("#catalogue-filter", "OCMWCPASManageAccess");
        await browser.ClickAsync("tr[data-operation='OCMWCPASManageAccess/REGISTER'] .send-example");
        await browser.WaitAsync("(document.querySelector('#example-reply') || {}).textContent?.includes('ServiceReply')", "the REGISTER reply");
        Assert.Contains("OCMWCPASManageAccess/REGISTER → HTTP 200", await browser.TextAsync("#example-result h2"), StringComparison.Ordinal);
        await Shot(browser, width, "4-catalogue");
        await AssertFits(browser, width);

        // Her page: legal data, the household, and the integration on the time line.
        await browser.GoAsync(root + $"/ui/#/person/{Applicant}");
        await browser.WaitAsync("document.querySelector('#person-ssin')", "the person's page");
        Assert.Contains("Renard", await browser.TextAsync("main"), StringComparison.Ordinal);
        await browser.WaitAsync($"[...document.querySelectorAll('#integrations tr.integration')].some(r => r.textContent.includes('{Liege}') && r.textContent.includes('001'))", "the 001 integration of CPAS Liège");
        Assert.Equal(1, (await browser.EvalAsync("document.querySelectorAll('#integrations .bar').length")).GetInt32());
        await Shot(browser, width, "5-person");
        await AssertFits(browser, width);

        // The journal, live: calls the test sends (her Tx25, now integrated; her partner's, not) appear and open.
        await browser.GoAsync(root + "/ui/#/journal");
        await browser.WaitAsync("document.querySelector('#journal-list tr[data-seq]')", "the journal's first call");
        var soap = new SoapClient(new HttpClient { BaseAddress = factory.BaseAddress }).ForSandbox(sandbox);
        var partner = ScenarioPartner();
        await soap.Tx25Async(Applicant, Liege);
        await soap.Tx25Async(await partner, Liege);
        await browser.WaitAsync("[...document.querySelectorAll('#journal-list tr[data-seq]')].some(r => r.textContent.includes('MSG00012'))", "the refused Tx25, live in the journal");
        await browser.EvalAsync("[...document.querySelectorAll('#journal-list tr[data-seq]')].find(r => r.textContent.includes('MSG00012')).click()");
        await browser.WaitAsync("(document.querySelector('#journal-list pre[id^=reply-]') || {}).textContent?.includes('MSG00012')", "the opened call's reply");
        string reply = await browser.TextAsync("#journal-list pre[id^=reply-]");
        Assert.Contains("\n  ", reply, StringComparison.Ordinal); // pretty-printed, not one line
        Assert.NotEmpty(await browser.TextAsync("#journal-list .refusal"));
        string partnerSsin = await partner;
        await browser.FillAsync("#filter-ssin", partnerSsin);
        await browser.WaitAsync("document.querySelectorAll('#journal-list tr[data-seq]').length === 1", "the filter on the partner's SSIN");
        await browser.FillAsync("#filter-ssin", "");
        await browser.WaitAsync("document.querySelectorAll('#journal-list tr[data-seq]').length === 3", "the three calls, unfiltered");
        await browser.WaitAsync("document.querySelector('#journal-list .refusal')", "the opened call, still open");
        await Shot(browser, width, "6-journal");
        await AssertFits(browser, width);

        // The verification: her consultation met (green), what was not done or done wrong not met (red).
        await browser.GoAsync(root + "/ui/#/verify");
        await browser.WaitAsync("document.querySelector('#verify-verdict')", "the verification");
        Assert.Contains("bad", (await browser.EvalAsync("document.querySelector('#verify-verdict').className")).GetString(), StringComparison.Ordinal);
        Assert.True((await browser.EvalAsync("document.querySelectorAll('ul.results li.met').length")).GetInt32() >= 1);
        Assert.True((await browser.EvalAsync("document.querySelectorAll('ul.results li.unmet').length")).GetInt32() >= 1);
        Assert.Contains("never consulted before being integrated", await browser.TextAsync("ul.results li.unmet:last-child"), StringComparison.Ordinal);
        Assert.DoesNotContain("null", await browser.TextAsync("#verify-result"), StringComparison.Ordinal);
        Assert.DoesNotContain("undefined", await browser.TextAsync("main"), StringComparison.Ordinal);
        await Shot(browser, width, "7-verify");
        await AssertFits(browser, width);

        Assert.True(browser.PageErrors.IsEmpty, "the page reported errors: " + string.Join("\n", browser.PageErrors));

        async Task<string> ScenarioPartner()
        {
            using var http = new HttpClient { BaseAddress = factory.BaseAddress };
            http.DefaultRequestHeaders.Authorization = new("Bearer", DashboardHostFactory.Token);
            using var detail = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync($"/admin/sandboxes/{sandbox}"));
            return detail.RootElement.GetProperty("persons").GetProperty("partner").GetString()!;
        }
    }

    [SkippableFact]
    public async Task APastedScenario_ItsFaults_ItsResetAndDeletion_AreManagedFromTheDashboard()
    {
        var executable = Chromium.Find();
        Skip.If(executable is null, "No Chromium here (install Debian's 'chromium' package, as .ci/run does, or set CBSS_CHROMIUM): the dashboard's browser tests are not run.");
        await using var browser = await Chromium.StartAsync(executable);
        await browser.ViewportAsync(1280, 900);
        string root = factory.BaseAddress.ToString().TrimEnd('/');
        await browser.GoAsync(root + "/ui/#/sandboxes");
        await browser.WaitAsync("!document.getElementById('login').hidden", "the token prompt");
        await browser.FillAsync("#token-input", DashboardHostFactory.Token);
        await browser.ClickAsync("#token-submit");
        await browser.WaitAsync("document.querySelector('#sandbox-list tr[data-sandbox=default]')", "the sandboxes");

        // A pasted scenario: checked first, then made.
        await browser.FillAsync("#make-name", "ui-pasted");
        await browser.FillAsync("#make-source", "text");
        await browser.FillAsync("#make-text", "name: pasted\ntoday: \"2026-11-23\"\npersons:\n  - id: client\n    lastName: Peeters\n    firstNames: An\n"
            + "    birthDate: \"1990-02-03\"\n    sex: 2\n    address: { postalCode: \"2000\", street: \"Meir\", houseNumber: \"1\", since: \"2020-01-01\" }\n    surname: Peeters\n");
        await browser.ClickAsync("#make-form button.quiet");
        await browser.WaitAsync("document.querySelector('#make-result').textContent.includes('surname')", "the schema error on the misspelt key");
        await browser.EvalAsync("const t = document.querySelector('#make-text'); t.value = t.value.replace('    surname: Peeters\\n', '')");
        await browser.ClickAsync("#make-form button.quiet");
        await browser.WaitAsync("document.querySelector('#make-result').textContent.startsWith('Valid: pasted, 1 person(s)')", "the text found valid");
        await browser.ClickAsync("#make-submit");
        await browser.WaitAsync("document.querySelector('#sandbox-list tr.current[data-sandbox=ui-pasted]') && document.querySelector('#scenario-persons')", "the pasted sandbox, selected");
        Assert.Contains("client", await browser.TextAsync("#scenario-persons"), StringComparison.Ordinal);

        // A fault rule added, listed with its remaining calls, removed.
        await browser.GoAsync(root + "/ui/#/faults");
        await browser.FillAsync("#fault-service", "RetrieveTIGroups");
        await browser.FillAsync("#fault-kind", "technical");
        await browser.FillAsync("#fault-count", "2");
        await browser.ClickAsync("#fault-add");
        await browser.WaitAsync("[...document.querySelectorAll('main tbody tr')].some(r => r.textContent.includes('RetrieveTIGroups') && r.textContent.includes('technical'))", "the rule listed");
        await Shot(browser, 1280, "8-faults");
        using (var http = new HttpClient { BaseAddress = factory.BaseAddress })
        {
            http.DefaultRequestHeaders.Authorization = new("Bearer", DashboardHostFactory.Token);
            var faults = await http.GetStringAsync("/admin/sandboxes/ui-pasted/faults");
            Assert.Contains("\"remaining\":2", faults, StringComparison.Ordinal);
        }

        await browser.ClickAsync("main tbody tr button.danger");
        await browser.WaitAsync("document.querySelector('main').textContent.includes('No fault rule')", "the rule removed");

        // Reset, then delete (the confirmation accepted): the selection falls back to default.
        await browser.GoAsync(root + "/ui/#/sandboxes");
        await browser.ClickAsync("#sandbox-list tr[data-sandbox=ui-pasted] button.quiet:nth-child(2)");
        await browser.WaitAsync("document.getElementById('toast').textContent.includes('Sandbox ui-pasted reset')", "the reset");
        await browser.EvalAsync("window.confirm = () => true");
        await browser.ClickAsync("#sandbox-list tr[data-sandbox=ui-pasted] button.danger");
        await browser.WaitAsync("!document.querySelector('#sandbox-list tr[data-sandbox=ui-pasted]') && document.getElementById('sandbox-select').value === 'default'", "the sandbox deleted");
        Assert.True(browser.PageErrors.IsEmpty, "the page reported errors: " + string.Join("\n", browser.PageErrors));
    }

    private async Task Shot(Chromium browser, int width, string step)
    {
        await browser.EvalAsync("document.getElementById('toast').replaceChildren()"); // messages would hide what the step shows
        string path = Path.Combine(Artifacts, $"{width}-{step}.png");
        await browser.ScreenshotAsync(path);
        output.WriteLine(path);
    }

    /// <summary>Nothing wider than the window: what does not fit scrolls inside its card.</summary>
    private static async Task AssertFits(Chromium browser, int width)
    {
        int scroll = (await browser.EvalAsync("document.documentElement.scrollWidth")).GetInt32();
        Assert.True(scroll <= width, $"the page is {scroll} px wide in a {width} px window");
    }
}
