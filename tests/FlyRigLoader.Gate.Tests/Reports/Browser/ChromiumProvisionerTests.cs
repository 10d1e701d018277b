using FlyRigLoader.Gate.Tests.Infra.Browser;

namespace FlyRigLoader.Gate.Tests.Reports.Browser;

public sealed class ChromiumProvisionerTests
{
    [Fact]
    public void An_installed_browser_is_used_whatever_else_the_machine_lacks()
    {
        var plan = ChromiumProvisioner.Decide(new ChromiumFacts(ExecutableExists: true, IsLinux: true, HasAptGet: false, IsRoot: false, PasswordlessSudo: false));

        Assert.Equal(ChromiumAction.UseInstalled, plan.Action);
        Assert.Null(plan.Reason);
    }

    [Fact]
    public void Root_installs_with_apt_get_directly()
    {
        var plan = ChromiumProvisioner.Decide(new ChromiumFacts(false, true, true, IsRoot: true, PasswordlessSudo: false));

        Assert.Equal(ChromiumAction.Install, plan.Action);
        Assert.Empty(plan.Elevation);
    }

    [Fact]
    public void A_user_with_passwordless_sudo_installs_through_sudo_n()
    {
        var plan = ChromiumProvisioner.Decide(new ChromiumFacts(false, true, true, IsRoot: false, PasswordlessSudo: true));

        Assert.Equal(ChromiumAction.Install, plan.Action);
        Assert.Equal(["sudo", "-n"], plan.Elevation);
    }

    [Theory]
    [InlineData(false, true, true, "only be installed on Linux")]
    [InlineData(true, false, true, "apt-get is not on the PATH")]
    [InlineData(true, true, false, "'sudo -n' is not allowed")]
    public void Where_it_cannot_be_installed_the_reason_says_why(bool linux, bool apt, bool root, string reason)
    {
        var plan = ChromiumProvisioner.Decide(new ChromiumFacts(false, linux, apt, root, PasswordlessSudo: false));

        Assert.Equal(ChromiumAction.Unavailable, plan.Action);
        Assert.Contains(reason, plan.Reason, StringComparison.Ordinal);
        Assert.Contains(ChromiumProvisioner.ExecutablePath, plan.Reason, StringComparison.Ordinal);
    }
}
