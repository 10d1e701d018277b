namespace FlyRigLoader.Configuration;

/// <summary>Node kinds of <see cref="YNode"/>.</summary>
internal enum YKind
{
    Scalar,
    Sequence,
    Mapping,
}
