using System.Text;

namespace FlyRigLoader.Configuration;

/// <summary>
/// Line breaks inside a node of <see cref="YamlFastParser"/>: multi-line plain and quoted scalars (folded as YAML folds
/// them) and flow collections written over several lines, as PyYAML and ruamel.yaml write long values.
/// </summary>
/// <remarks>
/// YamlDotNet wants every line that continues a scalar or a flow collection indented deeper than the block collection
/// around it (a closing bracket may sit at that collection's own indent). Lines that do not, document markers, and
/// continuation lines that start with an indicator are left to it.
/// </remarks>
internal sealed partial class YamlFastParser
{
    /// <summary>
    /// From a line break at pos: the first character of the next line that is not blank, its line start and indent,
    /// and how many line breaks lie before it (blank lines included); Pos is -1 at the end of the text.
    /// </summary>
    private LineAhead NextLineAhead()
    {
        var p = _pos;
        var start = _lineStart;
        var breaks = 0;
        while (true)
        {
            if (p >= _length)
            {
                return new LineAhead(-1, start, breaks);
            }

            var c = _text[p];
            if (c == '\r')
            {
                if (At(p + 1) != '\n')
                {
                    throw Outside();
                }

                p++;
            }
            else if (c != '\n')
            {
                return new LineAhead(p, start, breaks);
            }

            p++;
            breaks++;
            start = p;
            while (p < _length && _text[p] == ' ')
            {
                p++;
            }
        }
    }

    private void MoveTo(LineAhead ahead)
    {
        _pos = ahead.Pos;
        _lineStart = ahead.LineStart;
        _line += ahead.Breaks;
    }

    // A continuation line must be deeper than the enclosing block collection; a marker at column 1 ends the document.
    private bool IsContinuation(LineAhead ahead, bool closerMaySitAtIndent)
    {
        var lineIndent = ahead.Pos - ahead.LineStart;
        if (lineIndent == 0 && (IsMarkerAt(ahead.Pos, '-') || IsMarkerAt(ahead.Pos, '.')))
        {
            throw Outside();
        }

        return lineIndent > _contextIndent
            || (closerMaySitAtIndent && lineIndent == _contextIndent && _text[ahead.Pos] is ']' or '}');
    }

    /// <summary>Spaces, comments and line breaks between the tokens of a flow collection.</summary>
    private void SkipFlowSpace()
    {
        while (true)
        {
            SkipSpaces();
            if (At(_pos) == '#' && (_pos == _lineStart || _text[_pos - 1] == ' '))
            {
                SkipComment();
            }

            if (At(_pos) is not ('\n' or '\r'))
            {
                return;
            }

            var ahead = NextLineAhead();
            if (ahead.Pos < 0 || !IsContinuation(ahead, closerMaySitAtIndent: true))
            {
                throw Outside();
            }

            MoveTo(ahead);
        }
    }

    /// <summary>
    /// At a line break inside a quoted scalar: drops the literal spaces before it (from <paramref name="spaces"/>, or
    /// none when -1), moves to the next line's content and folds: one break is a space, each blank line a newline. An
    /// escaped break (double-quoted "\" at the line end) joins without the space.
    /// </summary>
    private void FoldQuotedBreak(StringBuilder builder, int spaces, bool escaped)
    {
        if (spaces >= 0)
        {
            builder.Length = spaces;
        }

        var ahead = NextLineAhead();
        if (ahead.Pos < 0 || !IsContinuation(ahead, closerMaySitAtIndent: false))
        {
            throw Outside();
        }

        MoveTo(ahead);
        AppendFold(builder, ahead.Breaks, escaped);
    }

    private static void AppendFold(StringBuilder builder, int breaks, bool escaped)
    {
        if (breaks == 1 && !escaped)
        {
            builder.Append(' ');
        }
        else
        {
            builder.Append('\n', breaks - 1);
        }
    }

    /// <summary>
    /// At the line break after a plain scalar's text: whether the next line continues it (deeper than the enclosing block
    /// collection, not a comment, and in a flow collection not a flow indicator). A continuation starting with any other
    /// indicator is left to YamlDotNet.
    /// </summary>
    private bool ContinuesPlain(bool flow, out LineAhead ahead)
    {
        ahead = NextLineAhead();
        if (ahead.Pos < 0 || !IsContinuation(ahead, closerMaySitAtIndent: false))
        {
            return false;
        }

        var c = _text[ahead.Pos];
        if (c == '#' || (flow && c is ',' or ']' or '}'))
        {
            return false;
        }

        return CanStartPlainAt(ahead.Pos, flow) ? true : throw Outside();
    }

    /// <summary>The next line with content after a line break, and how many breaks precede it.</summary>
    private readonly record struct LineAhead(int Pos, int LineStart, int Breaks);
}
