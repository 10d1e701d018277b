using FlyRigLoader.Errors;
using FlyRigLoader.Loading;

namespace FlyRigLoader.Tests.Loading;

public sealed class PickleFormatDetectorTests
{
    [Theory]
    [InlineData("numpy_dict_p2.pkl", PickleFormat.Pickle)]
    [InlineData("numpy_dict_p5.pkl", PickleFormat.Pickle)]
    [InlineData("exp_matrix_p5.pkl.gz", PickleFormat.GzipPickle)]
    [InlineData("exp_matrix_p4.pklz", PickleFormat.GzipPickle)]
    [InlineData("exp_matrix_p2_gzip_no_extension", PickleFormat.GzipPickle)]
    [InlineData("manifest.json", PickleFormat.Unknown)]
    public void Detect_format_file_uses_content_not_extension(string name, PickleFormat expected) =>
        Assert.Equal(expected, PickleFormatDetector.DetectFormat(FixtureManifest.PathOf(name)));

    [Theory]
    [InlineData(new byte[] { 0x80, 2 }, PickleFormat.Pickle)]
    [InlineData(new byte[] { 0x80, 5, 0x95 }, PickleFormat.Pickle)]
    [InlineData(new byte[] { 0x80, 6 }, PickleFormat.Unknown)]
    [InlineData(new byte[] { 0x80, 1 }, PickleFormat.Unknown)]
    [InlineData(new byte[] { 0x1f, 0x8b, 8 }, PickleFormat.GzipPickle)]
    [InlineData(new byte[] { 0x1f }, PickleFormat.Unknown)]
    [InlineData(new byte[] { }, PickleFormat.Unknown)]
    public void DetectFormat_Header(byte[] header, PickleFormat expected) =>
        Assert.Equal(expected, PickleFormatDetector.DetectFormat(header));

    [Fact]
    public void Detect_format_missing_file_is_load_error() =>
        Assert.Equal(LoadErrorCodes.Io, Assert.Throws<LoadException>(() => PickleFormatDetector.DetectFormat("/nonexistent/x.pkl")).Code);

    [Theory]
    [InlineData("a/b/run1.pkl", true)]
    [InlineData("run1.PKL", true)]
    [InlineData("run1.pklz", true)]
    [InlineData("run1.pkl.gz", true)]
    [InlineData("run1.gz", false)]
    [InlineData("run1.csv", false)]
    public void Has_known_extension_matches_registry(string path, bool expected) =>
        Assert.Equal(expected, PickleFormatDetector.HasKnownExtension(path));
}
