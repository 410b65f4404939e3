namespace Comptoir.Data.Numbering;

/// <summary>The next number of a module (CPT-000042): one row per module, only ever incremented.</summary>
public sealed class NumberSequence
{
    public string Module { get; set; } = "";
    public long NextValue { get; set; }
}
