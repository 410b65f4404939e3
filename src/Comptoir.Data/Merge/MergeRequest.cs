namespace Comptoir.Data.Merge;

/// <summary>
/// A merge: <see cref="Target"/> is kept, <see cref="Sources"/> go to the bin, and each key of <see cref="Fields"/>
/// takes its value from the record named (the target's own value where a field is not named).
/// </summary>
public sealed record MergeRequest(long Target, IReadOnlyList<long> Sources, IReadOnlyDictionary<string, long> Fields)
{
    /// <summary>Records merged into one at once: side by side, a page still reads.</summary>
    public const int MaxSources = 4;

    /// <summary>The refusals of the request's shape, under « target », « sources » and « fields.&lt;key&gt; »; empty when it reads.</summary>
    public Dictionary<string, List<string>> Check(ModuleDefinition module)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Fail(string key, string message) => (errors.TryGetValue(key, out var list) ? list : errors[key] = []).Add(message);

        if (Target <= 0) Fail("target", MergeText.T("Choisissez l'enregistrement à conserver."));
        if (Sources.Count == 0) Fail("sources", MergeText.T("Choisissez au moins un enregistrement à fusionner dans celui conservé."));
        else if (Sources.Count > MaxSources) Fail("sources", MergeText.T("Au plus {0} enregistrements fusionnés à la fois.", MaxSources));
        if (Sources.Any(s => s <= 0)) Fail("sources", MergeText.T("« sources » est une liste d'identifiants (exemple : [12, 15])."));
        if (Sources.Contains(Target)) Fail("sources", MergeText.T("L'enregistrement conservé ne peut pas être aussi fusionné."));
        if (Sources.Distinct().Count() != Sources.Count) Fail("sources", MergeText.T("Un enregistrement est nommé deux fois."));
        foreach (var (key, from) in Fields)
        {
            var field = module.FindField(key);
            if (field is null || !field.Active) Fail("fields." + key, MergeText.T("Champ inconnu : « {0} ».", key));
            else if (!module.MergeChooses(field))
                Fail("fields." + key, MergeText.T("« {0} » reste celui de l'enregistrement conservé.", field.Label));
            else if (from != Target && !Sources.Contains(from))
                Fail("fields." + key, MergeText.T("« {0} » : prenez la valeur de l'enregistrement conservé ou de l'un de ceux fusionnés.", field.Label));
        }
        return errors;
    }
}

public enum MergeStatus { Merged, Invalid, NotFound, Forbidden, Refused, Duplicate, VersionMismatch }

/// <summary>How a merge ended: the record kept as saved, or why nothing was done.</summary>
public sealed record MergeOutcome(MergeStatus Status, IRecord? Record = null)
{
    /// <summary>Refusals by key: the request's (« sources », « fields.phone ») or a chosen value's, under « fields.&lt;key&gt; ».</summary>
    public IReadOnlyDictionary<string, List<string>> Errors { get; init; } = new Dictionary<string, List<string>>();
    /// <summary>Why a module rule refuses (Refused): a merged record that may not be deleted, a module without a bin.</summary>
    public string? Reason { get; init; }
    public Duplicates.DuplicateReport? Duplicates { get; init; }
}
