namespace Comptoir.Core.Duplicates;

/// <summary>What a match of the rule does to a save: the user confirms it (« Avertir ») or it is refused (« Bloquer »).</summary>
public enum DuplicateAction { Warn, Block }

/// <summary>
/// A module's duplicate rule as an administrator sets it in « Paramètres › Doublons »: up to three criteria joined
/// by OU, each up to three fields joined by ET (accounts: name OU siret; contacts: email OU firstName ET lastName
/// ET account). Two records match a criterion when every one of its fields has the same normal form on both.
/// </summary>
public sealed record DuplicateRule(bool Enabled, DuplicateAction Action, IReadOnlyList<IReadOnlyList<string>> Criteria)
{
    public const int MaxCriteria = 3, MaxFieldsPerCriterion = 3;

    public static DuplicateRule Off(IReadOnlyList<IReadOnlyList<string>> proposed) => new(false, DuplicateAction.Warn, proposed);

    /// <summary>Every field the rule compares, once.</summary>
    public IEnumerable<string> Fields => Criteria.SelectMany(c => c).Distinct(StringComparer.Ordinal);

    /// <summary>The rule as stored (one line of JSON in the settings).</summary>
    public string ToJson() => JsonSerializer.Serialize(new Stored(Enabled, Action == DuplicateAction.Block ? "block" : "warn",
        Criteria.Select(c => c.ToArray()).ToArray()));

    /// <summary>A stored rule; null when the text is not one (the module's proposal is used instead).</summary>
    public static DuplicateRule? FromJson(string? json)
    {
        if (string.IsNullOrEmpty(json)) return null;
        try
        {
            var stored = JsonSerializer.Deserialize<Stored>(json);
            if (stored?.Criteria is null) return null;
            return new(stored.Enabled, stored.Action == "block" ? DuplicateAction.Block : DuplicateAction.Warn,
                stored.Criteria.Where(c => c is { Length: > 0 }).Select(c => (IReadOnlyList<string>)c).ToList());
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// A rule typed by an administrator, checked against the module's comparable fields: field-level errors
    /// (key « criteria » or « c{n} ») in the current language, or the rule.
    /// </summary>
    public static (DuplicateRule? Rule, Dictionary<string, string> Errors) Create(bool enabled, string? action,
        IReadOnlyList<IReadOnlyList<string?>> criteria, IReadOnlyCollection<string> comparable)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var kept = new List<IReadOnlyList<string>>();
        if (action is not ("warn" or "block")) errors["action"] = DuplicateRuleText.T("Choisissez « Avertir » ou « Bloquer ».");
        if (criteria.Count > MaxCriteria) errors["criteria"] = DuplicateRuleText.T("Trois critères au plus.");
        for (var i = 0; i < criteria.Count && i < MaxCriteria; i++)
        {
            var fields = criteria[i].Where(f => !string.IsNullOrWhiteSpace(f)).Select(f => f!.Trim()).Distinct(StringComparer.Ordinal).ToList();
            if (fields.Count == 0) continue;
            if (fields.Count > MaxFieldsPerCriterion) errors[$"c{i + 1}"] = DuplicateRuleText.T("Trois champs au plus par critère.");
            else if (fields.FirstOrDefault(f => !comparable.Contains(f)) is { } unknown)
                errors[$"c{i + 1}"] = DuplicateRuleText.T("Ce champ ne peut pas servir à comparer : « {0} ».", unknown);
            else kept.Add(fields);
        }
        if (enabled && kept.Count == 0 && errors.Count == 0)
            errors["criteria"] = DuplicateRuleText.T("Choisissez au moins un champ à comparer pour activer la règle.");
        return errors.Count > 0 ? (null, errors) : (new DuplicateRule(enabled, action == "block" ? DuplicateAction.Block : DuplicateAction.Warn, kept), errors);
    }

    private sealed record Stored(bool Enabled, string Action, string[][] Criteria);
}
