using System.Text.RegularExpressions;

namespace FlyRigLoader.Gate.Tests.Architecture;

/// <summary>
/// The folder (namespace) dependency graph of a source tree, read from the C# text: <c>using</c> lines, fully qualified
/// names, names qualified relative to the root namespace, and the implicit edge from a child namespace to its parent
/// (a child sees its parent's types without a <c>using</c>, so a parent that uses its child closes a cycle).
/// </summary>
internal sealed partial class NamespaceGraph
{
    private readonly Dictionary<string, SortedSet<string>> _edges = new(StringComparer.Ordinal);

    private readonly Dictionary<(string From, string To), string> _evidence = [];

    private NamespaceGraph()
    {
    }

    public IReadOnlyCollection<string> Namespaces => _edges.Keys;

    public int EdgeCount => _edges.Values.Sum(e => e.Count);

    public IReadOnlySet<string> From(string ns) => _edges.TryGetValue(ns, out var e) ? e : new SortedSet<string>(StringComparer.Ordinal);

    /// <summary>Which file first made the edge.</summary>
    public string Evidence(string from, string to) => _evidence.GetValueOrDefault((from, to), "(parent)");

    /// <summary>The graph of the files (path → text) whose namespaces start with <paramref name="root"/>; edges to other roots are dropped.</summary>
    public static NamespaceGraph Build(string root, IEnumerable<(string Path, string Text)> files)
    {
        var graph = new NamespaceGraph();
        var parsed = files.Select(f => (f.Path, Text: LineComment().Replace(f.Text, string.Empty)))
            .Select(f => (f.Path, f.Text, Ns: FileNamespace().Match(f.Text) is { Success: true } m ? m.Groups[1].Value : null))
            .Where(f => f.Ns is not null && (f.Ns == root || f.Ns.StartsWith(root + ".", StringComparison.Ordinal)))
            .ToList();
        var known = parsed.Select(f => f.Ns!).ToHashSet(StringComparer.Ordinal);
        var qualifiedName = new Regex($@"\b{Regex.Escape(root)}(?:\.\w+)+", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        foreach (var ns in known)
        {
            graph._edges.TryAdd(ns, new SortedSet<string>(StringComparer.Ordinal));
            if (ns != root && ns[..ns.LastIndexOf('.')] is var parent && known.Contains(parent))
            {
                graph.Add(ns, parent, "(child sees parent)");
            }
        }

        foreach (var (path, text, ns) in parsed)
        {
            var referenced = qualifiedName.Matches(text).Select(m => Longest(m.Value, known))
                .Concat(RelativeName().Matches(text).Select(m => root + "." + m.Groups[1].Value).Where(known.Contains));
            foreach (var target in referenced.OfType<string>())
            {
                if (target != ns! && !ns!.StartsWith(target + ".", StringComparison.Ordinal) && target != root)
                {
                    graph.Add(ns, target, path);
                }
            }
        }

        return graph;
    }

    /// <summary>Strongly connected components with more than one namespace: each is a cycle.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var cycles = new List<IReadOnlyList<string>>();

        void Visit(string v)
        {
            index[v] = low[v] = index.Count;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in From(v))
            {
                if (!index.TryGetValue(w, out var seen))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w))
                {
                    low[v] = Math.Min(low[v], seen);
                }
            }

            if (low[v] == index[v])
            {
                var component = new List<string>();
                string w;
                do
                {
                    w = stack.Pop();
                    onStack.Remove(w);
                    component.Add(w);
                }
                while (w != v);
                if (component.Count > 1)
                {
                    cycles.Add([.. component.Order(StringComparer.Ordinal)]);
                }
            }
        }

        foreach (var v in _edges.Keys.Order(StringComparer.Ordinal).Where(v => !index.ContainsKey(v)))
        {
            Visit(v);
        }

        return cycles;
    }

    /// <summary>The graph of every .cs file under <paramref name="folder"/> (bin/ and obj/ excluded).</summary>
    public static NamespaceGraph OfFolder(string root, string folder) =>
        Build(root, Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(p => (Path.GetRelativePath(folder, p), File.ReadAllText(p))));

    private static string? Longest(string qualified, HashSet<string> known)
    {
        for (var name = qualified; name.Contains('.', StringComparison.Ordinal); name = name[..name.LastIndexOf('.')])
        {
            if (known.Contains(name))
            {
                return name;
            }
        }

        return null;
    }

    private void Add(string from, string to, string evidence)
    {
        if (_edges[from].Add(to))
        {
            _evidence[(from, to)] = evidence;
        }
    }

    [GeneratedRegex(@"^\s*namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex FileNamespace();

    [GeneratedRegex(@"//[^\n]*")]
    private static partial Regex LineComment();

    [GeneratedRegex(@"(?<![\w.])([A-Z]\w*)\.[A-Z]")]
    private static partial Regex RelativeName();
}
