using System.Reflection;

namespace FlyRigLoader.Interleaving.Cases;

/// <summary>A <c>[Params]</c>/<c>[ParamsSource]</c> member of a benchmark class and the value one case assigns to it.</summary>
public sealed record CaseParameter(MemberInfo Member, object? Value)
{
    /// <summary>The member's name, as in the case's full name.</summary>
    public string Name => Member.Name;

    /// <summary>Assigns the value on a benchmark instance.</summary>
    public void Assign(object instance)
    {
        switch (Member)
        {
            case PropertyInfo property:
                property.SetValue(instance, Value);
                break;
            case FieldInfo field:
                field.SetValue(instance, Value);
                break;
            default:
                throw new InvalidOperationException($"{Member.DeclaringType?.Name}.{Member.Name} is neither a property nor a field");
        }
    }
}
