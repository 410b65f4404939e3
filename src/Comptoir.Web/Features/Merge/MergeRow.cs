namespace Comptoir.Web.Features.Merge;

/// <summary>
/// One field of the merge page: each record's value as shown, whether the user picks among them (values differ and the
/// field may be taken from a merged record), and the record whose value is picked to begin with.
/// </summary>
public sealed record MergeRow(FieldDefinition Field, IReadOnlyDictionary<long, string> Shown, bool Choice, bool Kept, long Chosen)
{
    /// <summary>
    /// The record kept's value, unless it is empty and a merged one has one: a merge fills the blanks by default.
    /// Values are compared as shown, so « 01 42 68 53 00 » and « 0142685300 » stored alike read alike.
    /// </summary>
    public static MergeRow Of(ModuleDefinition module, FieldDefinition field, IReadOnlyList<IRecord> records, long target,
        Func<IRecord, FieldDefinition, string> show, IReadOnlyDictionary<string, long>? posted)
    {
        var shown = records.ToDictionary(r => r.Id, r => show(r, field));
        var differ = shown.Values.Distinct(StringComparer.Ordinal).Count() > 1;
        var choice = differ && module.MergeChooses(field);
        var chosen = target;
        if (choice && posted is not null && posted.TryGetValue(field.Key, out var picked) && shown.ContainsKey(picked)) chosen = picked;
        else if (choice && shown[target].Length == 0)
            chosen = records.FirstOrDefault(r => r.Id != target && shown[r.Id].Length > 0)?.Id ?? target;
        return new(field, shown, choice, differ && !choice, chosen);
    }
}
