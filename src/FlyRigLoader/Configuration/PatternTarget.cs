namespace FlyRigLoader.Configuration;

/// <summary>Which part of a file path an <see cref="ExtractionPattern"/> is matched against.</summary>
public enum PatternTarget
{
    /// <summary>The full path string (no prefix).</summary>
    FullPath,

    /// <summary>The basename (<c>filename::</c>).</summary>
    FileName,

    /// <summary>The parent directory's name (<c>parent::</c>).</summary>
    Parent,

    /// <summary>One path part, <c>parts[N]::</c>; N may be negative to count from the end.</summary>
    Part,
}
