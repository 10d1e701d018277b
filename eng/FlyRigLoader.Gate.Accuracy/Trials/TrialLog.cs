namespace FlyRigLoader.Gate.Accuracy.Trials;

/// <summary>A trial's log file, also echoed to the console with <c>--verbose</c>.</summary>
internal sealed class TrialLog : IDisposable
{
    private readonly StreamWriter _file;
    private readonly TextWriter? _echo;

    /// <summary>Opens <paramref name="path"/> (creating its folder).</summary>
    public TrialLog(string path, TextWriter? echo)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        _file = new StreamWriter(path, append: false) { AutoFlush = true };
        _echo = echo;
        Path = path;
        Writer = echo is null ? _file : new Tee(_file, echo);
    }

    /// <summary>The log file.</summary>
    public string Path { get; }

    /// <summary>Where the trial writes.</summary>
    public TextWriter Writer { get; }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_echo is not null)
        {
            Writer.Dispose();
        }

        _file.Dispose();
    }

    private sealed class Tee(TextWriter first, TextWriter second) : TextWriter
    {
        public override System.Text.Encoding Encoding => first.Encoding;

        public override void Write(char value)
        {
            first.Write(value);
            second.Write(value);
        }

        public override void Write(string? value)
        {
            first.Write(value);
            second.Write(value);
        }

        public override void WriteLine(string? value)
        {
            first.WriteLine(value);
            second.WriteLine(value);
        }
    }
}
