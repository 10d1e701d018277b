namespace FlyRigLoader.Discovery;

/// <summary>Which part of a path an extraction pattern is searched in (set by its prefix).</summary>
internal enum MetadataTarget
{
    FullPath,
    FileName,
    Parent,
    Part,
}
