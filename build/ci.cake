// CI integration targets: what the GitHub workflows hand to pull requests. Logic lives in FlyRigLoader.Gate.PullRequests
// (unit-tested); the task calls one entry point and maps its exit code.
using FlyRigLoader.Gate.PullRequests;

Task("PrComment")
    .Description("Write the sticky pull-request comment of the latest judged run (or --report) to --output (default artifacts/ci-integration/pr-comment/pr-comment.md); --artifact-url, --run-url, --pull-request.")
    .Does<BuildData>(data => data.ExitWith(PrCommentCommand.Run(data.Options, data.Paths, Console.Out, Console.Error), "PrComment"));
