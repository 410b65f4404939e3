using Comptoir.Data.Duplicates;

namespace Comptoir.Web.Features.Duplicates;

/// <summary>
/// « Doublons possibles » on a module's form: duplicates.js asks <c>/{module}/duplicates/check</c> (Panel.cshtml) as the
/// user types the fields the panel's criteria name and shows the answer here, whether a rule is on or not.
/// </summary>
/// <param name="Fields">The inputs whose values are sent (the panel's and the rule's fields).</param>
public sealed record DuplicatesPanel(string Url, IReadOnlyList<string> Fields, long? RecordId)
{
    public const string Script = "~/js/duplicates.js";

    /// <summary>The panel of a module that compares its records; null for one that does not.</summary>
    public static DuplicatesPanel? For(ModuleDefinition module, string baseUrl, long? recordId) =>
        module.Duplicates is { } duplicates
            ? new(baseUrl + "/duplicates/check", duplicates.Panel.SelectMany(c => c).Concat(duplicates.Fields).Distinct(StringComparer.Ordinal)
                .Where(k => module.FindField(k) is { Active: true }).ToList(), recordId)
            : null;

    public static IEnumerable<string> Scripts(ModuleDefinition module) => module.Duplicates is null ? [] : [Script];
}

/// <summary>What the panel shows: the matches the user may see, linked, and how many others exist.</summary>
public sealed record DuplicatesPanelContent(DuplicateReport Report, string BaseUrl, ModuleDefinition Module)
{
    /// <summary>The fields a match was found by, as the form labels them.</summary>
    public string FieldsOf(DuplicateHit hit) =>
        string.Join(", ", hit.Fields.Select(k => Module.FindField(k)?.Label.ToString() ?? k));
}

/// <summary>A save held by the rule: the matches above the form, « Enregistrer quand même » where the rule only warns.</summary>
public sealed record DuplicatesWarning(DuplicateReport Report, string BaseUrl, ModuleDefinition Module)
{
    public const string ConfirmKey = "_confirmDuplicate";

    public bool Blocks => Report.Rule?.Action == Core.Duplicates.DuplicateAction.Block;

    public static bool Confirmed(IFormCollection form) => form[ConfirmKey] == "true";

    /// <summary>The quick-create dialog's message under the title: the matches by number (or how many hidden ones).</summary>
    public static string QuickCreateMessage(DuplicateReport report) =>
        report.Matches.Count > 0
            ? DuplicatesText.T("Doublon possible : {0}. Ouvrez le formulaire complet pour l'enregistrer quand même.",
                string.Join(", ", report.Matches.Select(m => m.Number is { Length: > 0 } n ? n + " " + m.Name : m.Name)))
            : DuplicatesText.T("Doublon possible d'un enregistrement que vous ne pouvez pas voir.");
}
