using System.CommandLine;
using CbssSimulator.Registry;
using CbssSimulator.Tls;

namespace CbssSimulator.Cli;

/// <summary>
/// <c>certificates</c>: a local test CA, a server certificate and client certificates per CPAS, as PEM and PFX, in a
/// folder the user names (docs/tls.md). And serve's TLS options (<c>--https</c>, <c>--cert</c>…), turned into the
/// <c>Tls</c> configuration section the host reads.
/// <code>
/// dotnet run --project src/CbssSimulator -- certificates --out certs --cpas 0212344876
/// dotnet run --project src/CbssSimulator -- serve --https --client-certificates required
/// </code>
/// </summary>
public static class TlsVerbs
{
    /// <summary>The CPAS the certificates verb makes a client certificate for when none is named: CPAS Eupen.</summary>
    public const string DefaultCpas = "0212344876";

    public static Command Command()
    {
        var output = new Option<string>("--out") { Description = "The folder to write to (relative to the current folder; made when missing). A CA already there is kept and signs the new certificates.", DefaultValueFactory = _ => "certs", HelpName = "FOLDER" };
        var cpas = new Option<string[]>("--cpas") { Description = $"A CPAS to make a client certificate for: its KBO/BCE number, optionally =its name (\"0212344876=CPAS Eupen\"); repeat for more. Default {DefaultCpas}.", HelpName = "KBO[=NAME]", AllowMultipleArgumentsPerToken = false };
        var hosts = new Option<string[]>("--host") { Description = "A further DNS name or IP address of the server certificate (localhost, 127.0.0.1 and ::1 are always in it); repeat for more.", HelpName = "NAME" };
        var password = new Option<string?>("--pfx-password") { Description = "Password of the PFX files (default: none).", HelpName = "PASSWORD" };
        var command = new Command("certificates", "Make a local test CA, a server certificate (localhost, 127.0.0.1, ::1 and --host names) and a client certificate per CPAS (its KBO number in the subject as OU=CBE=… and serialNumber), as PEM and PFX, for serve --https --client-certificates.")
        {
            output, cpas, hosts, password,
        };
        command.SetAction(p => Make(p.GetValue(output)!, p.GetValue(cpas) ?? [], p.GetValue(hosts) ?? [], p.GetValue(password)));
        return command;
    }

    private static int Make(string folder, string[] cpasArguments, string[] hosts, string? password)
    {
        var cpas = new List<(string Cbe, string Name)>();
        foreach (var argument in cpasArguments.Length > 0 ? cpasArguments : [DefaultCpas])
        {
            int eq = argument.IndexOf('=', StringComparison.Ordinal);
            string number = (eq >= 0 ? argument[..eq] : argument).Trim();
            string? cbe = CertificateOrganisation.Number(number);
            if (cbe is null || !Kbo.IsValid(cbe))
            {
                Console.Error.WriteLine($"--cpas '{argument}': '{number}' is not a valid KBO/BCE number (10 digits, check number modulo 97).");
                return 2;
            }

            string name = eq >= 0 && argument[(eq + 1)..].Trim() is { Length: > 0 } given ? given : "CPAS " + Kbo.Format(cbe);
            cpas.Add((cbe, name));
        }

        string full = Path.GetFullPath(folder);
        Directory.CreateDirectory(full);
        var now = TimeProvider.System.GetUtcNow();
        var (ca, made) = TestCertificates.LoadOrCreateCa(full, now, password);
        using (ca)
        {
            Console.WriteLine(made ? $"Made a test CA: {Path.Combine(full, TestCertificates.CaPem)} (key {TestCertificates.CaKey}, and ca.pfx)."
                : $"Kept the test CA of {full} ({TestCertificates.CaPem}): the new certificates chain to it.");
            var server = TestCertificates.CreateServer(full, ca, hosts, now, password);
            Console.WriteLine($"server  {server.Subject}: {Path.GetFileName(server.Pem)}, {Path.GetFileName(server.Key)}, {Path.GetFileName(server.Pfx)} (localhost, 127.0.0.1, ::1{string.Concat(hosts.Select(h => ", " + h))})");
            foreach (var (cbe, name) in cpas)
            {
                var client = TestCertificates.CreateCpas(full, ca, cbe, name, now, password);
                Console.WriteLine($"client  {client.Subject}: {Path.GetFileName(client.Pem)}, {Path.GetFileName(client.Key)}, {Path.GetFileName(client.Pfx)}");
            }
        }

        Console.WriteLine($"Serve with them: serve --https --certificates {folder} --client-certificates required   (docs/tls.md)");
        return 0;
    }

    /// <summary>serve's TLS options; <see cref="HostArguments"/> turns them into <c>--Tls:…</c> switches.</summary>
    public sealed class ServeOptions
    {
        public Option<bool> Https { get; } = new("--https") { Description = "Serve HTTPS (default address https://localhost:8443) with the server certificate of --certificates, or --cert." };
        public Option<string> Folder { get; } = new("--certificates") { Description = "The folder the certificates verb wrote (server.pem, server.key, ca.pem). Default certs.", HelpName = "FOLDER" };
        public Option<string> Certificate { get; } = new("--cert") { Description = "Your server certificate instead: PEM (with --key) or PFX (with --cert-password).", HelpName = "FILE" };
        public Option<string> Key { get; } = new("--key") { Description = "The PEM private key of --cert (default: its name with .key).", HelpName = "FILE" };
        public Option<string> Password { get; } = new("--cert-password") { Description = "The password of a PFX --cert or of an encrypted PEM key.", HelpName = "PASSWORD" };
        public Option<string> ClientCertificates { get; } = CreateMode();
        public Option<string> ClientCa { get; } = new("--client-ca") { Description = "The CA (PEM) client certificates must chain to; default ca.pem of --certificates.", HelpName = "FILE" };

        public IEnumerable<Option> All => [Https, Folder, Certificate, Key, Password, ClientCertificates, ClientCa];

        private static Option<string> CreateMode()
        {
            var mode = new Option<string>("--client-certificates")
            {
                Description = "none (default); allow: the handshake asks for one and a SOAP call without one is refused (403); required: no TLS connection without one. In both, it must chain to the CA and name the CPAS of the request.",
                HelpName = "MODE",
            };
            mode.AcceptOnlyFromAmong("none", "allow", "required");
            return mode;
        }

        /// <summary>
        /// <paramref name="args"/> without the TLS options (the web host's command-line configuration cannot read a bare
        /// <c>--https</c>), with <c>--Tls:…=</c> switches for the ones given; paths made absolute from the current folder.
        /// </summary>
        public string[] HostArguments(string[] args, ParseResult parse)
        {
            var names = All.Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
            var kept = new List<string>();
            for (int i = 0; i < args.Length; i++)
            {
                string token = args[i];
                string name = token.Split('=', 2)[0];
                if (!names.Contains(name))
                {
                    kept.Add(token);
                    continue;
                }

                bool hasValue = token.Contains('=');
                if (!hasValue && i + 1 < args.Length && (name != Https.Name || args[i + 1] is "true" or "false" or "True" or "False"))
                {
                    i++; // its value
                }
            }

            void Add(string key, string? value)
            {
                if (!string.IsNullOrEmpty(value))
                {
                    kept.Add($"--Tls:{key}={value}");
                }
            }

            Add("Https", parse.GetValue(Https) ? "true" : null);
            Add("Folder", parse.GetValue(Folder) is { } folder ? Path.GetFullPath(folder) : null);
            Add("Certificate", parse.GetValue(Certificate) is { } cert ? Path.GetFullPath(cert) : null);
            Add("Key", parse.GetValue(Key) is { } key ? Path.GetFullPath(key) : null);
            Add("Password", parse.GetValue(Password));
            Add("ClientCertificates", parse.GetValue(ClientCertificates));
            Add("ClientCa", parse.GetValue(ClientCa) is { } ca ? Path.GetFullPath(ca) : null);
            return [.. kept];
        }
    }
}
