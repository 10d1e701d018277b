namespace FlyRigLoader.Loading.Pickle;

/// <summary>A Python <c>slice(start, stop, step)</c>.</summary>
internal sealed record PySlice(long? Start, long? Stop, long? Step);
