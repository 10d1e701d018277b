using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FlyRigLoader.Gate.TestKit;

/// <summary>
/// The collection fixture of the tests that run the bootstrapper, Cake or BenchmarkDotNet for real: it holds an exclusive
/// lock for this repository while its collection runs. The Test target runs two test projects at once, so a collection
/// of the gate's tests and one of the accuracy tests could otherwise measure (or rebuild the gate, or fill Cake's script
/// cache) at the same time. The OS drops the lock with the process, so a crashed run never leaves it held.
/// </summary>
public sealed class BenchmarkRunLock : IDisposable
{
    // Long enough for the other project's whole chain of end-to-end runs (bisect included) on a loaded 2-core machine.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(45);
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);

    private readonly FileStream _held;

    /// <summary>Waits for the lock (at most 45 min, then fails naming the lock file).</summary>
    public BenchmarkRunLock()
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive advisory lock on Unix and a sharing lock on Windows: either way a second
                // process cannot open the file until the first closes it.
                _held = new FileStream(LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return;
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(Poll);
            }
            catch (IOException e)
            {
                throw new TimeoutException(string.Create(CultureInfo.InvariantCulture, $"{LockPath}: still held by another test run after {Patience.TotalMinutes:0} min"), e);
            }
        }
    }

    /// <summary>
    /// The lock file: in the temp folder (not artifacts/, which the Clean target deletes under a holder) and named after
    /// the repository's path, so clones of the repository do not wait for each other.
    /// </summary>
    public static string LockPath { get; } = Path.Combine(
        Path.GetTempPath(),
        "flyrigloader-benchmark-runs-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(RepoRoot.Path)))[..16] + ".lock");

    /// <inheritdoc />
    public void Dispose() => _held.Dispose();
}
