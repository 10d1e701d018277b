using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace FlyRigLoader.Gate.Tests.Workflows;

/// <summary>A parsed GitHub Actions workflow with the few queries the validation tests need.</summary>
public sealed partial class WorkflowFile
{
    private WorkflowFile(string name, YamlMappingNode root)
    {
        Name = name;
        Root = root;
    }

    public string Name { get; }

    public YamlMappingNode Root { get; }

    public static WorkflowFile Load(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            stream.Load(reader);
        }

        return new WorkflowFile(Path.GetFileName(path), (YamlMappingNode)stream.Documents[0].RootNode);
    }

    public static WorkflowFile Parse(string yaml, string name)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return new WorkflowFile(name, (YamlMappingNode)stream.Documents[0].RootNode);
    }

    public YamlNode? this[string key] => Get(Root, key);

    public IEnumerable<(string Job, YamlMappingNode Node)> Jobs =>
        Get(Root, "jobs") is YamlMappingNode jobs
            ? jobs.Children.Select(c => (((YamlScalarNode)c.Key).Value!, (YamlMappingNode)c.Value))
            : [];

    public IEnumerable<(string Job, string Step, YamlMappingNode Node)> Steps =>
        Jobs.SelectMany(j => Get(j.Node, "steps") is YamlSequenceNode steps
            ? steps.Children.OfType<YamlMappingNode>().Select((s, i) => (j.Job, Scalar(s, "name") ?? Scalar(s, "uses") ?? $"step {i + 1}", s))
            : []);

    /// <summary>Every <c>./build.sh</c> call in every <c>run:</c> script.</summary>
    public IEnumerable<BuildCall> BuildCalls =>
        Steps.Where(s => Scalar(s.Node, "run") is not null)
            .SelectMany(s => ParseBuildCalls(Scalar(s.Node, "run")!).Select(o => new BuildCall(Name, s.Job, s.Step, o)));

    public static YamlNode? Get(YamlNode? node, string key) =>
        node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public static string? Scalar(YamlNode? node, string key) => (Get(node, key) as YamlScalarNode)?.Value;

    /// <summary>Splits a shell script into <c>./build.sh</c> calls and their <c>--name[=value]</c> options.</summary>
    public static IReadOnlyList<IReadOnlyList<KeyValuePair<string, string>>> ParseBuildCalls(string script)
    {
        // Expressions contain spaces; make each one token before splitting words.
        var text = Expression().Replace(script.Replace("\\\n", " ", StringComparison.Ordinal), m => "${{" + m.Groups[1].Value.Replace(" ", string.Empty, StringComparison.Ordinal) + "}}");
        var calls = new List<IReadOnlyList<KeyValuePair<string, string>>>();
        foreach (var command in text.Split(['\n', ';'], StringSplitOptions.RemoveEmptyEntries).SelectMany(l => l.Split(["&&", "||", "|"], StringSplitOptions.None)))
        {
            var words = Words(command.Split('#')[0]);
            var start = words.FindIndex(w => w is "./build.sh" or "build.sh" or "./build.ps1");
            if (start < 0)
            {
                continue;
            }

            calls.Add(words.Skip(start + 1).Where(w => w.StartsWith("--", StringComparison.Ordinal)).Select(w =>
            {
                var eq = w.IndexOf('=', StringComparison.Ordinal);
                return eq < 0 ? new KeyValuePair<string, string>(w[2..], string.Empty) : new(w[2..eq], w[(eq + 1)..]);
            }).ToList());
        }

        return calls;
    }

    private static List<string> Words(string command)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        char? quote = null;
        foreach (var c in command)
        {
            if (quote is not null)
            {
                if (c == quote)
                {
                    quote = null;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (current.Length > 0)
                {
                    words.Add(current.ToString());
                    current.Clear();
                }
            }
            else
            {
                current.Append(c);
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    [GeneratedRegex(@"\$\{\{(.*?)\}\}")]
    private static partial Regex Expression();
}
