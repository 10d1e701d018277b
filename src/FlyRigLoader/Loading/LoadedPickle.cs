using FlyRigLoader.Errors;

namespace FlyRigLoader.Loading;

/// <summary>The object a pickle held, plus where it came from and how it was stored.</summary>
public sealed class LoadedPickle
{
    /// <summary>Wraps a loaded root object.</summary>
    public LoadedPickle(object? root, string sourceName, PickleFormat format)
    {
        Root = root;
        SourceName = sourceName;
        Format = format;
    }

    /// <summary>The unpickled object: usually a dictionary (<c>IReadOnlyDictionary&lt;string, object?&gt;</c>) or a <see cref="PandasFrame"/>.</summary>
    public object? Root { get; }

    /// <summary>File path or the name given to <see cref="PickleLoader.Load(Stream, string)"/>.</summary>
    public string SourceName { get; }

    /// <summary>Raw or gzip-compressed.</summary>
    public PickleFormat Format { get; }

    /// <summary>True when the root is a pandas DataFrame.</summary>
    public bool IsDataFrame => Root is PandasFrame;

    /// <summary>
    /// The exp_matrix: the root dictionary itself, or a DataFrame's columns (<see cref="PandasFrame.ToColumns"/>).
    /// </summary>
    /// <exception cref="LoadException"><see cref="LoadErrorCodes.UnexpectedRoot"/> when the root is neither.</exception>
    public IReadOnlyDictionary<string, object?> AsExperimentMatrix() => Root switch
    {
        IReadOnlyDictionary<string, object?> dict => dict,
        PandasFrame frame => frame.ToColumns(),
        _ => throw new LoadException(
            LoadErrorCodes.UnexpectedRoot,
            $"the pickle holds a {Root?.GetType().Name ?? "None"}, not a dictionary or DataFrame",
            SourceName,
            "an exp_matrix pickle is a dict of arrays"),
    };
}
