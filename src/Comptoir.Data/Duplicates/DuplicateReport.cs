namespace Comptoir.Data.Duplicates;

/// <summary>A record that matches: its number and name as the user may read them, and the fields it matched on.</summary>
public sealed record DuplicateHit(long Id, string Number, string Name, IReadOnlyList<string> Fields);

/// <summary>
/// What a check found: the matches the user may see and how many more they may not (counted, never shown), and the
/// records of the same company at another establishment (same SIREN, another SIRET: a warning, never a block).
/// </summary>
public sealed record DuplicateReport(IReadOnlyList<DuplicateHit> Matches, int Hidden, IReadOnlyList<DuplicateHit> SameCompany, int SameCompanyHidden)
{
    public static readonly DuplicateReport None = new([], 0, [], 0);

    /// <summary>The rule in force when the report was made (the save's, or the check's).</summary>
    public DuplicateRule? Rule { get; init; }

    /// <summary>Whether one of the matches is one by the rule in force (the save would be held).</summary>
    public bool RuleMatched { get; init; }

    public bool Any => Matches.Count > 0 || Hidden > 0;
}
