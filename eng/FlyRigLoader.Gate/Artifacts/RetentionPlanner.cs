namespace FlyRigLoader.Gate.Artifacts;

/// <summary>Decides which artifacts go: a pure function of the policies, the file facts and the current time.</summary>
internal static class RetentionPlanner
{
    /// <summary>
    /// Plans one retention pass. Per category, files are taken newest first (ties by path). Files of the newest run
    /// (the latest run id found in any file name) and files listed in <paramref name="protectedPaths"/> (the newest
    /// run's manifest) are always kept and use up count slots first. Every other file is removed when it is older than
    /// the retention period, or when the category already keeps <see cref="RetentionPolicy.MaxFiles"/> files.
    /// Files whose category has no policy are kept.
    /// </summary>
    public static RetentionPlan Plan(
        RetentionPolicySet policies,
        IReadOnlyList<ArtifactFileFacts> files,
        IReadOnlySet<string> protectedPaths,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(protectedPaths);

        var newestRun = files
            .Select(f => RunIds.Extract(f.RelativePath))
            .OfType<string>()
            .OrderByDescending(RunIds.SortKey, StringComparer.Ordinal)
            .ThenByDescending(id => id, StringComparer.Ordinal)
            .FirstOrDefault();
        bool IsProtected(ArtifactFileFacts f) =>
            protectedPaths.Contains(f.RelativePath)
            || (newestRun is not null && string.Equals(RunIds.Extract(f.RelativePath), newestRun, StringComparison.Ordinal));

        var decisions = new List<RetentionDecision>(files.Count);
        foreach (var group in files.GroupBy(f => f.Category, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var policy = policies.Policies.FirstOrDefault(p => string.Equals(p.Category, group.Key, StringComparison.Ordinal));
            var newestFirst = group
                .OrderByDescending(f => f.LastWriteUtc)
                .ThenBy(f => f.RelativePath, StringComparer.Ordinal)
                .ToList();
            if (policy is null)
            {
                decisions.AddRange(newestFirst.Select(f => new RetentionDecision(f, false, RetentionReason.WithinLimits)));
                continue;
            }

            var cutoff = now - TimeSpan.FromDays(policy.RetentionDays);
            var kept = newestFirst.Count(IsProtected);
            foreach (var file in newestFirst)
            {
                if (IsProtected(file))
                {
                    decisions.Add(new RetentionDecision(file, false, RetentionReason.NewestRun));
                }
                else if (file.LastWriteUtc < cutoff)
                {
                    decisions.Add(new RetentionDecision(file, true, RetentionReason.Expired));
                }
                else if (kept >= policy.MaxFiles)
                {
                    decisions.Add(new RetentionDecision(file, true, RetentionReason.OverLimit));
                }
                else
                {
                    kept++;
                    decisions.Add(new RetentionDecision(file, false, RetentionReason.WithinLimits));
                }
            }
        }

        return new RetentionPlan(decisions, newestRun);
    }
}
