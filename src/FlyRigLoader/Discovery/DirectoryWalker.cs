namespace FlyRigLoader.Discovery;

/// <summary>
/// Depth-first walk with an explicit stack, one directory read at a time, so a directory that cannot be read (or vanishes)
/// costs a warning and its subtree, never the run. Directory symlinks are reported and not followed, so there are no loops.
/// </summary>
internal static class DirectoryWalker
{
    public static void Walk(string root, EntryFilter filter, IDirectoryReader reader, List<string> files, List<DiscoveryWarning> warnings)
    {
        var pending = new Stack<(string Path, ulong States)>();
        pending.Push((root, filter.Pattern.InitialStates));
        while (pending.TryPop(out var directory))
        {
            try
            {
                foreach (var item in reader.Read(directory.Path, directory.States, filter))
                {
                    switch (item.Kind)
                    {
                        case DirectoryItemKind.File:
                            files.Add(item.Path);
                            break;
                        case DirectoryItemKind.Directory:
                            pending.Push((item.Path, item.States));
                            break;
                        case DirectoryItemKind.SymlinkedDirectory:
                            warnings.Add(new DiscoveryWarning(
                                DiscoveryErrorCodes.SymlinkNotFollowed, item.Path, "Symbolic link to a directory; not followed (search its target directly to include it)."));
                            break;
                        case DirectoryItemKind.UndecodableName:
                            warnings.Add(new DiscoveryWarning(
                                DiscoveryErrorCodes.UndecodableName, item.Path, "Name is not valid UTF-8 and cannot be opened by name; skipped (rename it to include it)."));
                            break;
                        default:
                            break;
                    }
                }
            }
            catch (DirectoryNotFoundException ex)
            {
                warnings.Add(new DiscoveryWarning(DiscoveryErrorCodes.Vanished, directory.Path, $"Directory disappeared during discovery: {ex.Message}"));
            }
            catch (UnauthorizedAccessException ex)
            {
                warnings.Add(new DiscoveryWarning(DiscoveryErrorCodes.UnreadableDirectory, directory.Path, $"Directory cannot be read; skipped: {ex.Message}"));
            }
            catch (IOException ex)
            {
                warnings.Add(new DiscoveryWarning(DiscoveryErrorCodes.UnreadableDirectory, directory.Path, $"Directory cannot be read; skipped: {ex.Message}"));
            }
        }
    }
}
