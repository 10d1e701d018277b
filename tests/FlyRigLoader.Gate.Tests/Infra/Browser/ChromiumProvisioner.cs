using System.Diagnostics;
using System.Globalization;
using FlyRigLoader.Gate.Commands;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.Infra.Browser;

/// <summary>
/// Makes Debian's Chromium available to the browser tests: uses <c>/usr/bin/chromium</c>, installs the package with
/// apt-get when it is missing (once per test run), and otherwise says why it cannot. Never downloads a browser build.
/// </summary>
public static class ChromiumProvisioner
{
    /// <summary>Where Debian's <c>chromium</c> package puts its launcher.</summary>
    public const string ExecutablePath = "/usr/bin/chromium";

    // Fonts: a bare machine may have none, and a screenshot of boxes shows a reviewer nothing.
    private static readonly string[] Packages = ["chromium", "fonts-dejavu-core"];

    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(10);

    private static readonly TimeSpan UpdateTimeout = TimeSpan.FromMinutes(5);

    // One probe and at most one install per test run, whichever test asks first; the others wait for it.
    private static readonly Lazy<ChromiumProvision> Shared = new(Provision, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The run's provisioning outcome (probes, and installs if needed, on the first call).</summary>
    public static ChromiumProvision Ensure() => Shared.Value;

    /// <summary>Decides what to do from what the machine offers.</summary>
    public static ChromiumPlan Decide(ChromiumFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.ExecutableExists)
        {
            return new ChromiumPlan(ChromiumAction.UseInstalled, [], null);
        }

        if (!facts.IsLinux)
        {
            return Unavailable($"{ExecutablePath} is missing and Debian's chromium package can only be installed on Linux");
        }

        if (!facts.HasAptGet)
        {
            return Unavailable($"{ExecutablePath} is missing and apt-get is not on the PATH to install Debian's chromium package");
        }

        if (facts.IsRoot)
        {
            return new ChromiumPlan(ChromiumAction.Install, [], null);
        }

        return facts.PasswordlessSudo
            ? new ChromiumPlan(ChromiumAction.Install, ["sudo", "-n"], null)
            : Unavailable($"{ExecutablePath} is missing, the tests do not run as root and 'sudo -n' is not allowed, so 'apt-get install chromium' cannot run");
    }

    private static ChromiumPlan Unavailable(string reason) => new(ChromiumAction.Unavailable, [], reason);

    private static ChromiumProvision Provision()
    {
        var watch = Stopwatch.StartNew();
        var log = new List<string>();
        var facts = Probe();
        log.Add($"chromium: probe: {ExecutablePath} {(facts.ExecutableExists ? "present" : "missing")}, linux={facts.IsLinux}, apt-get={facts.HasAptGet}, root={facts.IsRoot}, sudo -n={facts.PasswordlessSudo}");
        var plan = Decide(facts);
        var result = plan.Action switch
        {
            ChromiumAction.UseInstalled => Found(facts, installed: false, log, watch),
            ChromiumAction.Install => Install(facts, plan, log, watch),
            _ => Skip(plan.Reason!, facts, log, watch),
        };
        Record(result);
        return result;
    }

    private static ChromiumFacts Probe()
    {
        var linux = OperatingSystem.IsLinux();
        var exists = File.Exists(ExecutablePath);
        var apt = linux && Succeeds("sh", "-c", "command -v apt-get");
        var root = linux && Run("id", "-u").StandardOutput.Trim() == "0";
        var sudo = linux && !root && Succeeds("sudo", "-n", "true");
        return new ChromiumFacts(exists, linux, apt, root, sudo);
    }

    private static ChromiumProvision Install(ChromiumFacts facts, ChromiumPlan plan, List<string> log, Stopwatch watch)
    {
        var install = AptGet(plan, ["install", "-y", "--no-install-recommends", .. Packages]);
        var output = Logged(install, InstallTimeout, log);
        if (output.ExitCode != 0)
        {
            // A fresh machine often has no package lists yet ("Unable to locate package"): refresh them once and retry.
            var update = Logged(AptGet(plan, ["update"]), UpdateTimeout, log);
            output = update.ExitCode == 0 ? Logged(install, InstallTimeout, log) : update;
        }

        if (output.ExitCode != 0 || !File.Exists(ExecutablePath))
        {
            var tail = string.Join(" | ", output.Combined.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(3));
            return Skip($"installing Debian's chromium package failed (exit {output.ExitCode.ToString(CultureInfo.InvariantCulture)}): {tail}", facts, log, watch);
        }

        return Found(facts, installed: true, log, watch);
    }

    private static CommandLine AptGet(ChromiumPlan plan, string[] args)
    {
        // Another process (a second test run, unattended-upgrades) may hold the dpkg lock: wait for it rather than fail.
        string[] apt = ["apt-get", "-o", "DPkg::Lock::Timeout=120", "-q", .. args];
        string[] all = [.. plan.Elevation, .. apt];
        return new CommandLine(all[0], all[1..], Path.GetTempPath())
        {
            Environment = new Dictionary<string, string?> { ["DEBIAN_FRONTEND"] = "noninteractive" },
        };
    }

    private static ProcessOutput Logged(CommandLine command, TimeSpan timeout, List<string> log)
    {
        var watch = Stopwatch.StartNew();
        var output = ChildProcess.Capture(command, timeout);
        log.Add($"chromium: ran '{command}': exit {output.ExitCode.ToString(CultureInfo.InvariantCulture)} after {watch.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s");
        return output;
    }

    private static ChromiumProvision Found(ChromiumFacts facts, bool installed, List<string> log, Stopwatch watch)
    {
        var version = Run(ExecutablePath, "--version");
        log.Add($"chromium: using {ExecutablePath} ({(version.ExitCode == 0 ? version.StandardOutput.Trim() : "version unknown: " + version.Combined.Trim())}){(installed ? ", installed by this run" : "")}");
        return new ChromiumProvision(ExecutablePath, null, installed, facts.IsRoot, watch.Elapsed, log);
    }

    private static ChromiumProvision Skip(string reason, ChromiumFacts facts, List<string> log, Stopwatch watch)
    {
        log.Add("chromium: unavailable, browser tests skip: " + reason);
        return new ChromiumProvision(null, reason, false, facts.IsRoot, watch.Elapsed, log);
    }

    private static void Record(ChromiumProvision result)
    {
        // The test runner shows test output only for failures; the log file and stderr keep what provisioning did visible.
        var text = result.Describe() + $"\nchromium: provisioning took {result.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s\n";
        Console.Error.Write(text);
        var folder = Path.Combine(RepoRoot.Path, "artifacts", "browser");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "chromium-provision.log"), text);
    }

    private static bool Succeeds(string file, params string[] args) => Run(file, args).ExitCode == 0;

    private static ProcessOutput Run(string file, params string[] args) =>
        ChildProcess.Capture(new CommandLine(file, args, Path.GetTempPath()), TimeSpan.FromSeconds(30));
}
