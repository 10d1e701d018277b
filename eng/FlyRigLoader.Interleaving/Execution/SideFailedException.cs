namespace FlyRigLoader.Interleaving.Execution;

/// <summary>A build's benchmark code threw (setup, hooks or body); <see cref="Side"/> says which build.</summary>
public sealed class SideFailedException(char side, Exception inner) : Exception($"build {side}: {inner.Message}", inner)
{
    /// <summary>A or B.</summary>
    public char Side { get; } = side;
}
