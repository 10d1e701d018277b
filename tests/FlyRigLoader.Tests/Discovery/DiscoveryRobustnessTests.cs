using System.Runtime.InteropServices;
using System.Text;
using FlyRigLoader.Discovery;
using FlyRigLoader.TestKit;

namespace FlyRigLoader.Tests.Discovery;

/// <summary>Symlink loops, unreadable or vanishing directories and undecodable names become warnings, never crashes or hangs.</summary>
public sealed class DiscoveryRobustnessTests : IDisposable
{
    private readonly TempTree _tree = new();

    public void Dispose() => _tree.Dispose();

    [Fact]
    public void Symlink_loop_is_not_followed_and_reported()
    {
        _tree.Files("a/x.pkl", "a/b/y.pkl");
        Directory.CreateSymbolicLink(_tree["a/b/loop"], _tree["a"]);
        Directory.CreateSymbolicLink(_tree["a/self"], _tree["a"]);

        var result = FileDiscoverer.Discover(DiscoveryRequest.For(_tree.Root, "**/*"));

        Assert.Equal([_tree["a/b/y.pkl"], _tree["a/x.pkl"]], result.Paths);
        Assert.Equal(
            [_tree["a/b/loop"], _tree["a/self"]],
            result.Warnings.Where(w => w.Code == DiscoveryErrorCodes.SymlinkNotFollowed).Select(w => w.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Symlinked_directory_as_search_root_is_searched()
    {
        _tree.Files("real/x.pkl");
        Directory.CreateSymbolicLink(_tree["link"], _tree["real"]);

        var result = FileDiscoverer.Discover(DiscoveryRequest.For(_tree["link"]));

        Assert.Equal([Path.Combine(_tree["link"], "x.pkl")], result.Paths);
    }

    [Fact]
    public void Symlinked_file_is_a_file_with_stats_of_its_target()
    {
        var target = _tree.Files("data/real.pkl")[0];
        File.WriteAllBytes(target, new byte[77]);
        File.CreateSymbolicLink(_tree["data/alias.pkl"], target);

        var result = FileDiscoverer.Discover(DiscoveryRequest.For(_tree["data"]) with { IncludeStats = true });

        var alias = result.Files[0];
        Assert.Equal(_tree["data/alias.pkl"], alias.Path);
        Assert.True(alias.Stats!.IsSymbolicLink);
        Assert.Equal(77, alias.Stats.SizeBytes);
        Assert.Equal(2, result.Files.Count);
    }

    [Fact]
    public void Dangling_symlink_with_stats_is_skipped_with_warning()
    {
        _tree.Files("ok.pkl");
        File.CreateSymbolicLink(_tree["dangling.pkl"], _tree["missing.pkl"]);

        var result = FileDiscoverer.Discover(DiscoveryRequest.For(_tree.Root) with { IncludeStats = true });

        Assert.Equal([_tree["ok.pkl"]], result.Paths);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(DiscoveryErrorCodes.BrokenSymlink, warning.Code);
        Assert.Equal(_tree["dangling.pkl"], warning.Path);
    }

    [Fact]
    public void Unreadable_directory_through_the_seam_is_skipped_with_warning()
    {
        _tree.Files("ok/a.pkl", "locked/b.pkl", "locked/deeper/c.pkl");
        var reader = new FaultyReader(_tree["locked"], () => new UnauthorizedAccessException("Access to the path is denied."));

        var result = FileDiscoverer.Discover(DiscoveryRequest.For(_tree.Root, "*", recursive: true), reader);

        Assert.Equal([_tree["ok/a.pkl"]], result.Paths);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(DiscoveryErrorCodes.UnreadableDirectory, warning.Code);
        Assert.Equal(_tree["locked"], warning.Path);
    }

    [Fact]
    public void Io_error_while_reading_keeps_what_was_read_and_warns()
    {
        _tree.Files("ok/a.pkl", "flaky/b.pkl");
        var reader = new FaultyReader(_tree["flaky"], () => new IOException("Input/output error"));

        var result = FileDiscoverer.Discover(DiscoveryRequest.For(_tree.Root, "*", recursive: true), reader);

        Assert.Equal([_tree["ok/a.pkl"]], result.Paths);
        Assert.Equal(DiscoveryErrorCodes.UnreadableDirectory, Assert.Single(result.Warnings).Code);
    }

    [OsFact("Windows has no Unix file modes", "Linux", "macOS")]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Mode0000_directory_is_either_read_or_reported_never_fatal()
    {
        _tree.Files("ok/a.pkl", "locked/b.pkl");
        File.SetUnixFileMode(_tree["locked"], UnixFileMode.None);

        var result = FileDiscoverer.Discover(DiscoveryRequest.For(_tree.Root, "*", recursive: true));

        // Root (CAP_DAC_OVERRIDE) can read a 0000 directory; everyone else must get a warning instead.
        if (CanList(_tree["locked"]))
        {
            Assert.Equal([_tree["locked/b.pkl"], _tree["ok/a.pkl"]], result.Paths);
            Assert.Empty(result.Warnings);
        }
        else
        {
            Assert.Equal([_tree["ok/a.pkl"]], result.Paths);
            Assert.Equal(DiscoveryErrorCodes.UnreadableDirectory, Assert.Single(result.Warnings).Code);
        }
    }

    [Fact]
    public void Directory_vanishing_before_it_is_read_is_reported()
    {
        _tree.Files("ok/a.pkl", "gone/b.pkl");
        var reader = new FaultyReader(_tree["gone"], null, before: () => Directory.Delete(_tree["gone"], recursive: true));

        var result = FileDiscoverer.Discover(DiscoveryRequest.For(_tree.Root, "*", recursive: true), reader);

        Assert.Equal([_tree["ok/a.pkl"]], result.Paths);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(DiscoveryErrorCodes.Vanished, warning.Code);
        Assert.Equal(_tree["gone"], warning.Path);
    }

    [Fact]
    public void File_vanishing_before_stats_is_skipped_with_warning()
    {
        _tree.Files("a.pkl", "b.pkl");
        var reader = new FaultyReader(_tree.Root, null, after: () => File.Delete(_tree["b.pkl"]));

        var result = FileDiscoverer.Discover(DiscoveryRequest.For(_tree.Root) with { IncludeStats = true }, reader);

        Assert.Equal([_tree["a.pkl"]], result.Paths);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(DiscoveryErrorCodes.Vanished, warning.Code);
        Assert.Equal(_tree["b.pkl"], warning.Path);
    }

    [OsFact("only Linux file systems accept a file name that is not UTF-8 (APFS and NTFS refuse it)", "Linux")]
    public void Non_utf8_file_name_is_skipped_with_warning()
    {
        _tree.Files("ok.pkl");
        byte[] raw = [.. Encoding.UTF8.GetBytes(_tree.Root + "/bad_"), 0xFF, 0xFE, .. ".pkl"u8, 0];
        CreateRawFile(raw);
        DiscoveryResult result;
        try
        {
            result = FileDiscoverer.Discover(DiscoveryRequest.For(_tree.Root, "*.pkl"));
        }
        finally
        {
            // Directory.Delete cannot remove a name it cannot encode, so the temp tree needs this one removed by bytes.
            _ = Unlink(raw);
        }

        Assert.Equal([_tree["ok.pkl"]], result.Paths);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(DiscoveryErrorCodes.UndecodableName, warning.Code);
        Assert.StartsWith(_tree["bad_"], warning.Path, StringComparison.Ordinal);
    }

    private static bool CanList(string directory)
    {
        try
        {
            _ = Directory.EnumerateFileSystemEntries(directory).ToList();
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static void CreateRawFile(byte[] path)
    {
        const int OCreat = 0x40, OWrOnly = 0x1;
        var fd = Open(path, OCreat | OWrOnly, Convert.ToInt32("644", 8));
        Assert.True(fd >= 0, $"open failed: errno {Marshal.GetLastPInvokeError()}");
        _ = Close(fd);
    }

    // DllImport rather than LibraryImport: the test project does not allow unsafe code.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open(byte[] path, int flags, int mode);

    [DllImport("libc", EntryPoint = "unlink")]
    private static extern int Unlink(byte[] path);

    [DllImport("libc", EntryPoint = "close")]
    private static extern int Close(int fd);
#pragma warning restore SYSLIB1054

    /// <summary>Delegates to the real reader, but fails (or mutates the tree) when a given directory is read.</summary>
    private sealed class FaultyReader(string directory, Func<Exception>? fault, Action? before = null, Action? after = null) : IDirectoryReader
    {
        public IEnumerable<DirectoryItem> Read(string path, ulong states, EntryFilter filter)
        {
            if (path != directory)
            {
                return FileSystemDirectoryReader.Instance.Read(path, states, filter);
            }

            before?.Invoke();
            if (fault is not null)
            {
                throw fault();
            }

            var items = FileSystemDirectoryReader.Instance.Read(path, states, filter).ToList();
            after?.Invoke();
            return items;
        }
    }
}
