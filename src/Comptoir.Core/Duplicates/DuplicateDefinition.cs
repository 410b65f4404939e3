namespace Comptoir.Core.Duplicates;

/// <summary>
/// What a module says about its duplicates, in its definition (<see cref="Metadata.ModuleDefinition.Duplicates"/>):
/// the fields a rule may compare (their types give the normal forms: <see cref="FieldTypes.FieldType.DuplicateKey"/>),
/// the rule « Paramètres › Doublons » proposes, and what the form's « Doublons possibles » panel looks for.
/// </summary>
public sealed record DuplicateDefinition
{
    /// <summary>The fields rules may compare; their normal forms are kept in the index on every save.</summary>
    public required IReadOnlyList<string> Fields { get; init; }
    /// <summary>The rule offered until an administrator sets one (off).</summary>
    public required IReadOnlyList<IReadOnlyList<string>> Proposed { get; init; }
    /// <summary>The criteria the form's panel checks while typing, whether a rule is on or not (each criterion's fields joined by ET).</summary>
    public required IReadOnlyList<IReadOnlyList<string>> Panel { get; init; }
}
