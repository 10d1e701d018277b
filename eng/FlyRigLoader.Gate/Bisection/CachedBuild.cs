namespace FlyRigLoader.Gate.Bisection;

/// <summary>The suite built at one commit, or why it could not be.</summary>
/// <param name="Sha">The commit.</param>
/// <param name="Dll">Its <c>FlyRigLoader.Benchmarks.dll</c>, or null when the commit does not build.</param>
/// <param name="Failure">Why it does not build (the build log's tail), or null.</param>
/// <param name="Cached">True when an earlier step or run had built it.</param>
/// <param name="BuildSeconds">Wall time of the build (0 when cached).</param>
internal sealed record CachedBuild(string Sha, string? Dll, string? Failure, bool Cached, double BuildSeconds);
