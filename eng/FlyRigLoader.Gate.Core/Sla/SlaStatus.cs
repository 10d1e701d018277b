using System.Runtime.Serialization;

namespace FlyRigLoader.Gate.Core.Sla;

/// <summary>Outcome of one SLA on one benchmark case.</summary>
public enum SlaStatus
{
    /// <summary>The observed bound is within threshold × tolerance.</summary>
    [EnumMember(Value = "PASS")]
    Pass,

    /// <summary>The observed bound exceeds threshold × tolerance.</summary>
    [EnumMember(Value = "FAIL")]
    Fail,

    /// <summary>The SLA could not be checked (failed benchmark, missing parameter or allocation data): the gate fails closed.</summary>
    [EnumMember(Value = "NO_DATA")]
    NoData,

    /// <summary>An SLA breach measured under interference that re-measuring did not clear: no verdict, never a pass.</summary>
    [EnumMember(Value = "INCONCLUSIVE")]
    Inconclusive,
}
