namespace Comptoir.Data.Duplicates;

/// <summary>
/// One group of likely duplicates that « Trouver les doublons » found (a run is a job, <see cref="JobId"/>): records
/// sharing the normal forms of a criterion's fields. A module keeps only its latest finished run's groups.
/// </summary>
public sealed class DuplicateGroup
{
    public long Id { get; set; }
    public long JobId { get; set; }
    public string Module { get; set; } = "";
    /// <summary>The first <see cref="DuplicateGroupFinder.MaxIds"/> ids, oldest (lowest) first, comma-separated.</summary>
    public string Ids { get; set; } = "";
    /// <summary>How many records the group holds, beyond the ids kept too.</summary>
    public int Count { get; set; }
    /// <summary>The fields the records matched on, comma-separated (« name », « firstName,lastName,account »).</summary>
    public string Fields { get; set; } = "";
    /// <summary>False while the run goes on (a criterion's groups, not yet merged with the others'); true once it is over.</summary>
    public bool Final { get; set; }
    public DateTime CreatedAt { get; set; }

    public IReadOnlyList<long> IdList() =>
        Ids.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(i => long.Parse(i, CultureInfo.InvariantCulture)).ToList();

    public IReadOnlyList<string> FieldList() => Fields.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public static string Join(IEnumerable<long> ids) => string.Join(',', ids.Select(i => i.ToString(CultureInfo.InvariantCulture)));
}
