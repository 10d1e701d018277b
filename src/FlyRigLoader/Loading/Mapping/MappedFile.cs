using System.IO.MemoryMappedFiles;

namespace FlyRigLoader.Loading.Mapping;

/// <summary>
/// A whole file mapped read-only into the address space. Every access goes through <see cref="Bytes"/>, which refuses
/// to hand out memory once the mapping is disposed: use after dispose is an <see cref="ObjectDisposedException"/>,
/// never a read of unmapped memory.
/// </summary>
internal sealed unsafe class MappedFile : IDisposable
{
    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;
    private readonly byte* _pointer;
    private int _disposed;

    private MappedFile(string path, MemoryMappedFile file, MemoryMappedViewAccessor view, long length)
    {
        Path = path;
        _file = file;
        _view = view;
        Length = length;
        byte* start = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
        _pointer = start + view.PointerOffset;
    }

    public string Path { get; }

    public long Length { get; }

    public bool IsDisposed => Volatile.Read(ref _disposed) != 0;

    /// <summary>Maps <paramref name="stream"/>'s file (which must stay unchanged while mapped).</summary>
    public static MappedFile Open(FileStream stream)
    {
        var length = stream.Length;
        var file = MemoryMappedFile.CreateFromFile(stream, mapName: null, capacity: 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
        try
        {
            return new MappedFile(stream.Name, file, file.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read), length);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>The bytes at <paramref name="offset"/>; throws once the mapping is disposed.</summary>
    public Span<byte> Bytes(long offset, int length)
    {
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset + length, Length);
        return new Span<byte>(_pointer + offset, length);
    }

    /// <summary>The address of <paramref name="offset"/>, for pinning; throws once the mapping is disposed.</summary>
    public byte* Address(long offset)
    {
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        return _pointer + offset;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
        _file.Dispose();
    }

    /// <summary>Describes the mapping in errors.</summary>
    public override string ToString() => $"mapped file {Path}";
}
