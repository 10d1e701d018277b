using FlyRigLoader.Errors;
using FlyRigLoader.Transformation;

namespace FlyRigLoader.Tests.Transformation;

/// <summary>Protects the column config schema (spec §3.3): the embedded default, parsing, and positioned errors.</summary>
public sealed class ColumnConfigTests
{
    private const string Minimal = """
        columns:
          t:
            type: numpy.ndarray
            description: Time
        """;

    [Fact]
    public void Default_has_the_spec_columns_in_order()
    {
        var names = ColumnConfig.Default.Columns.Select(c => c.Name);

        Assert.Equal(
            ["t", "trjn", "x", "y", "signal_disp", "signal", "theta", "theta_smooth", "dtheta", "vx", "vy", "spd", "jump", "date", "exp_name", "rig"],
            names);
        Assert.Empty(ColumnConfig.Default.Warnings);
    }

    [Theory]
    [InlineData("dtheta", "dtheta_smooth")]
    [InlineData("vx", "vx_smooth")]
    [InlineData("vy", "vy_smooth")]
    [InlineData("spd", "spd_smooth")]
    [InlineData("jump", "jumps")]
    public void Default_declares_aliases(string name, string alias)
    {
        var column = ColumnConfig.Default.Find(name)!;

        Assert.Equal(alias, column.Alias);
        Assert.True(column.Required);
    }

    [Fact]
    public void Default_declares_handlers_metadata_and_defaults()
    {
        var config = ColumnConfig.Default;

        Assert.Equal(SpecialHandling.TransformToMatchTimeDimension, config.Find("signal_disp")!.SpecialHandling);
        Assert.Equal(2, config.Find("signal_disp")!.Dimension);
        Assert.False(config.Find("signal_disp")!.HasDefaultValue);
        Assert.Equal(SpecialHandling.ExtractFirstColumnIfTwoDimensional, config.Find("signal")!.SpecialHandling);
        Assert.True(config.Find("signal")!.HasDefaultValue);
        Assert.Null(config.Find("signal")!.DefaultValue);
        Assert.All(["date", "exp_name", "rig"], n => Assert.True(config.Find(n)!.IsMetadata));
        Assert.Equal("_handle_signal_disp", config.SpecialHandlers["transform_to_match_time_dimension"]);
        Assert.Equal("_extract_first_column", config.SpecialHandlers["extract_first_column_if_2d"]);
        Assert.Equal("s", config.Find("t")!.Unit);
    }

    [Fact]
    public void Parse_reads_every_field()
    {
        var config = ColumnConfig.Parse(
            """
            columns:
              speed:
                type: numpy.ndarray
                dimension: 1
                required: false
                description: "Speed, smoothed"
                alias: spd_smooth
                is_metadata: false
                default_value: 1.5
                special_handling: null
                unit: mm/s
              label:
                type: str
                description: Label
                is_metadata: true
                default_value: 'none'
              count:
                type: int
                description: Count
                default_value: 7
              flag:
                type: bool
                description: Flag
                default_value: true
            """,
            "inline.yaml");

        var speed = config.Columns[0];
        Assert.Equal(new ColumnDefinition("speed", "numpy.ndarray", 1, false, "Speed, smoothed", "spd_smooth", false, true, 1.5, SpecialHandling.None, "mm/s"), speed);
        Assert.Equal("none", config.Find("label")!.DefaultValue);
        Assert.Equal(7L, config.Find("count")!.DefaultValue);
        Assert.Equal(true, config.Find("flag")!.DefaultValue);
        Assert.Equal("inline.yaml", config.SourceName);
    }

    [Fact]
    public void Parse_quoted_numbers_stay_strings()
    {
        var config = ColumnConfig.Parse(Minimal + "\n    default_value: '42'\n", "q.yaml");

        Assert.Equal("42", config.Find("t")!.DefaultValue);
    }

    [Theory]
    [InlineData("    dimension: 4\n", 5, "must be 1, 2, 3 or null")]
    [InlineData("    dimension: two\n", 5, "must be 1, 2, 3 or null")]
    [InlineData("    special_handling: make_it_so\n", 5, "unknown handler 'make_it_so'")]
    [InlineData("    required: maybe\n", 5, "must be true or false")]
    [InlineData("    colour: red\n", 5, "unknown key 'colour'")]
    [InlineData("    alias: [a, b]\n", 5, "must be a single value")]
    public void Parse_BadColumnField_ThrowsWithPosition(string extraLine, int line, string expected)
    {
        var ex = Assert.Throws<TransformException>(() => ColumnConfig.Parse(Minimal + "\n" + extraLine, "cols.yaml"));

        Assert.Equal(TransformErrorCodes.ConfigInvalid, ex.Code);
        Assert.StartsWith($"cols.yaml:{line}:", ex.Location, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.NotNull(ex.Hint);
    }

    [Fact]
    public void Parse_missing_description_names_the_column()
    {
        var ex = Assert.Throws<TransformException>(() => ColumnConfig.Parse("columns:\n  x:\n    type: str\n", "c.yaml"));

        Assert.Contains("'x' has no 'description'", ex.Message, StringComparison.Ordinal);
        Assert.Equal("c.yaml:3:5", ex.Location);
        Assert.NotNull(ex.Hint);
    }

    [Fact]
    public void Parse_missing_type_names_the_column()
    {
        var ex = Assert.Throws<TransformException>(() => ColumnConfig.Parse("columns:\n  x:\n    description: X\n", "c.yaml"));

        Assert.Contains("'x' has no 'type'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("- a\n- b\n", "must be a mapping")]
    [InlineData("columns: [t, x]\n", "'columns' must be a mapping")]
    [InlineData("special_handlers: {}\n", "'columns' section is missing")]
    [InlineData("columns:\n  t: 3\n", "must be a mapping of settings")]
    [InlineData("colums:\n  t: {}\n", "unknown key 'colums'")]
    [InlineData("columns: {}\nspecial_handlers:\n  teleport: f\n", "unknown key 'teleport'")]
    public void Parse_BadStructure_Throws(string yaml, string expected)
    {
        var ex = Assert.Throws<TransformException>(() => ColumnConfig.Parse(yaml, "s.yaml"));

        Assert.Equal(TransformErrorCodes.ConfigInvalid, ex.Code);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("s.yaml", ex.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_malformed_yaml_reports_line_and_column()
    {
        var ex = Assert.Throws<TransformException>(() => ColumnConfig.Parse("columns:\n  t:\n    type: a\n   description: x\n", "bad.yaml"));

        Assert.Equal(TransformErrorCodes.ConfigInvalid, ex.Code);
        Assert.Matches(@"^bad\.yaml:4:\d+$", ex.Location);
        Assert.Contains("malformed YAML", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_unclosed_flow_sequence_is_config_error()
    {
        var ex = Assert.Throws<TransformException>(() => ColumnConfig.Parse("columns:\n  t:\n    type: [unclosed\n    description: x\n", "bad.yaml"));

        Assert.Equal(TransformErrorCodes.ConfigInvalid, ex.Code);
        Assert.StartsWith("bad.yaml", ex.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_duplicate_column_throws()
    {
        var ex = Assert.Throws<TransformException>(() => ColumnConfig.Parse(Minimal + "\n  t:\n    type: str\n    description: again\n", "d.yaml"));

        Assert.Equal(TransformErrorCodes.ConfigInvalid, ex.Code);
    }

    [Fact]
    public void Parse_collects_warnings()
    {
        var config = ColumnConfig.Parse(
            """
            columns:
              name:
                type: str
                dimension: 1
                description: Name
              sig:
                type: numpy.ndarray
                dimension: 1
                description: Signal
                special_handling: transform_to_match_time_dimension
            """,
            "w.yaml");

        Assert.Equal(3, config.Warnings.Count);
        Assert.Contains(config.Warnings, w => w.Contains("'name' declares a dimension", StringComparison.Ordinal));
        Assert.Contains(config.Warnings, w => w.Contains("without 'dimension: 2'", StringComparison.Ordinal));
        Assert.Contains(config.Warnings, w => w.Contains("does not list", StringComparison.Ordinal) && w.StartsWith("w.yaml:7:", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_reads_file_and_uses_path_in_errors()
    {
        var path = Path.Combine(Path.GetTempPath(), $"colcfg-{Guid.NewGuid():N}.yaml");
        try
        {
            File.WriteAllText(path, Minimal);
            Assert.Equal("t", ColumnConfig.Load(path).Columns.Single().Name);

            File.WriteAllText(path, Minimal + "\n    dimension: 9\n");
            var ex = Assert.Throws<TransformException>(() => ColumnConfig.Load(path));
            Assert.Equal($"{path}:5:16", ex.Location);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_missing_file_throws_not_found()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.yaml");

        var ex = Assert.Throws<TransformException>(() => ColumnConfig.Load(path));

        Assert.Equal(TransformErrorCodes.ConfigNotFound, ex.Code);
        Assert.Equal(path, ex.Location);
        Assert.NotNull(ex.Hint);
    }

    [Fact]
    public void Constructor_duplicate_name_throws()
    {
        var column = new ColumnDefinition("t", "numpy.ndarray", 1, true, "Time", null, false, false, null, SpecialHandling.None, null);

        Assert.Throws<ArgumentException>(() => new ColumnConfig([column, column]));
    }

    [Fact]
    public void Constructor_builds_config_from_code()
    {
        var column = new ColumnDefinition("t", "numpy.ndarray", 1, true, "Time", null, false, false, null, SpecialHandling.None, null);

        var config = new ColumnConfig([column], sourceName: "code");

        Assert.Same(column, config.Find("t"));
        Assert.Null(config.Find("x"));
        Assert.Empty(config.SpecialHandlers);
    }
}
