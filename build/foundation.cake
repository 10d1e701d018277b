// Foundation targets: Clean, Restore, Build, Test, Coverage, VerifySetup.

Task("Test").Description("Run every xunit project.").Does(() => Information("todo " + options.Configuration + " " + paths.Root));
