using System.Text;

namespace FlyRigLoader.Gate.Regression;

/// <summary>Printed names of verdicts: REGRESSION, NO_CHANGE, INSUFFICIENT_DATA…</summary>
internal static class VerdictNames
{
    /// <summary>Upper snake case of an enum value name.</summary>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(name[i]));
        }

        return builder.ToString();
    }
}
