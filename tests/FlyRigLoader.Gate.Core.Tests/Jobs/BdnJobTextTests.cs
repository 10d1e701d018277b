using FlyRigLoader.Gate.Core.Jobs;

namespace FlyRigLoader.Gate.Core.Tests.Jobs;

public sealed class BdnJobTextTests
{
    [Fact]
    public void The_characteristics_in_a_display_info_are_sorted_and_the_job_id_and_parameters_dropped()
    {
        var text = BdnJobText.FromDisplayInfo("ConfigSmokeBenchmarks.LoadFromFile: smoke(MinInvokeCount=1, OutlierMode=DontRemove, Toolchain=InProcessEmitToolchain, IterationCount=5, IterationTime=40ms, LaunchCount=1, UnrollFactor=1, WarmupCount=3) [Size=small]");

        Assert.Equal("IterationCount=5, IterationTime=40ms, LaunchCount=1, MinInvokeCount=1, OutlierMode=DontRemove, Toolchain=InProcessEmitToolchain, UnrollFactor=1, WarmupCount=3", text);
    }

    [Theory]
    [InlineData("Type.Method: DefaultJob", "")]
    [InlineData("Type.Method: DefaultJob [Size=(1, 2)]", "")]
    [InlineData("Type.Method: Job-X(EnvironmentVariables=DOTNET_TieredPGO=0, IterationCount=3)", "EnvironmentVariables=DOTNET_TieredPGO=0, IterationCount=3")]
    [InlineData(null, null)]
    [InlineData("  ", null)]
    public void Odd_display_infos_give_no_characteristics_or_no_text(string? displayInfo, string? expected) =>
        Assert.Equal(expected, BdnJobText.FromDisplayInfo(displayInfo));

    [Fact]
    public void A_run_of_one_job_has_one_text_and_several_jobs_are_joined_so_they_differ_as_a_whole()
    {
        Assert.Equal("A=1", BdnJobText.Combine(["A=1", "A=1", null]));
        Assert.Equal("A=1 | A=2", BdnJobText.Combine(["A=2", "A=1"]));
        Assert.Null(BdnJobText.Characteristics("A=1 | A=2"));
        Assert.Equal("15", BdnJobText.Characteristics("IterationCount=15, WarmupCount=3")!["IterationCount"]);
    }
}
