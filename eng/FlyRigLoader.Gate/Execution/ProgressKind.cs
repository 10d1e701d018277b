namespace FlyRigLoader.Gate.Execution;

/// <summary>Kinds of progress lines.</summary>
internal enum ProgressKind
{
    /// <summary><c>// ***** Found N benchmark(s) in total *****</c>.</summary>
    Found,

    /// <summary><c>// Benchmark: Type.Method: Job [Params]</c>.</summary>
    Started,

    /// <summary><c>// ** Remained N (x %) benchmark(s) to run. Estimated finish … (Hh Mm from now) **</c>.</summary>
    Remained,
}
