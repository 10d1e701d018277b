using System.Reflection;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Contracts.Interleaving;
using FlyRigLoader.Interleaving;
using FlyRigLoader.Interleaving.Builds;
using FlyRigLoader.Interleaving.Cases;
using FlyRigLoader.Interleaving.Cli;
using FlyRigLoader.Interleaving.Execution;
using FlyRigLoader.Interleaving.Measurement;

// Exit codes: 0 measured (a failing benchmark is recorded in the result, not an exit code), 2 bad input.
try
{
    var arguments = RunnerArguments.Parse(args);
    var first = arguments.Settings.BFirst ? 'B' : 'A';
    var suites = new Dictionary<char, Assembly>();
    foreach (var side in first == 'A' ? "AB" : "BA")
    {
        suites[side] = Load(side == 'A' ? arguments.SuiteA : arguments.SuiteB, side.ToString());
    }

    var cases = new List<InterleavedCase>();
    foreach (var method in arguments.Methods)
    {
        var found = suites.ToDictionary(s => s.Key, s => CaseDiscovery.Find(s.Value, method).ToDictionary(c => c.FullName, StringComparer.Ordinal));
        var names = found['B'].Keys.Concat(found['A'].Keys).Distinct(StringComparer.Ordinal).ToList();
        if (names.Count == 0)
        {
            throw new InterleavingException(method, "neither build has this benchmark method");
        }

        foreach (var name in names)
        {
            var measured = MeasureCase(name, found['A'].GetValueOrDefault(name), found['B'].GetValueOrDefault(name), arguments.Settings);
            Console.WriteLine(Describe(measured));
            cases.Add(measured);
        }
    }

    var run = new InterleavedRun(InterleavedRun.CurrentSchemaVersion, arguments.SuiteA, arguments.SuiteB, System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription, arguments.Settings, cases);
    AtomicFile.WriteAllText(arguments.Output, InterleavedRunFile.Serialize(run));
    return ExitCodes.Ok;
}
catch (InterleavingException e)
{
    Console.Error.WriteLine("error: " + e.Message);
    return InterleavingException.ExitCode;
}

static Assembly Load(string dll, string label)
{
    if (!File.Exists(dll))
    {
        throw new InterleavingException(dll, $"suite assembly of build {label} not found");
    }

    try
    {
        return new BuildLoadContext(dll, label).LoadSuite();
    }
    catch (Exception e) when (e is BadImageFormatException or FileLoadException)
    {
        throw new InterleavingException(dll, $"build {label} could not be loaded: {e.Message}");
    }
}

static InterleavedCase MeasureCase(string name, BenchmarkCase? a, BenchmarkCase? b, InterleavingSettings settings)
{
    var errors = new Dictionary<string, string>(StringComparer.Ordinal);
    // The side that goes first is also set up first: what its setup leaves on the heap is the other side's starting state.
    var instances = new Dictionary<char, CaseInstance?>();
    foreach (var side in settings.BFirst ? "BA" : "AB")
    {
        instances[side] = Start(side == 'A' ? a : b, side.ToString(), errors);
    }

    try
    {
        return CaseMeasurer.Measure(name, instances['A'], instances['B'], settings) with { Errors = errors };
    }
    catch (SideFailedException e)
    {
        // No pairs without both sides: the case is reported failed on the side that threw, and measured on neither.
        errors[e.Side.ToString()] = (e.InnerException ?? e).Message;
        return new InterleavedCase(name, null, null, 0, 0, false, errors);
    }
    finally
    {
        foreach (var (side, instance) in instances)
        {
            try
            {
                instance?.Dispose();
            }
            catch (TargetInvocationException e)
            {
                errors.TryAdd(side.ToString(), "cleanup failed: " + (e.InnerException ?? e).Message);
            }
        }
    }
}

static CaseInstance? Start(BenchmarkCase? found, string label, Dictionary<string, string> errors)
{
    if (found is null)
    {
        return null;
    }

    try
    {
        return CaseInstance.Start(found);
    }
    catch (TargetInvocationException e)
    {
        errors[label] = "setup failed: " + (e.InnerException ?? e).Message;
        return null;
    }
}

static string Describe(InterleavedCase c)
{
    static string Median(InterleavedSide? s) => s is null ? "-" : CaseMeasurer.Median(s.SamplesNs).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + " ns";
    var errors = c.Errors.Count == 0 ? "" : " errors: " + string.Join("; ", c.Errors.Select(e => $"{e.Key}: {e.Value}"));
    return $"{c.FullName}: A {Median(c.A)}, B {Median(c.B)} ({c.OperationsPerBatch} ops/batch, warmup {c.WarmupMilliseconds:0} ms{(c.JitSettled ? "" : ", JIT not settled")}){errors}";
}

