namespace Comptoir.Web.Features.Shared;

/// <summary>
/// What a refused form says at its top (_ErrorSummary.cshtml): a title, then every error, each a link to
/// the input it is about. site.js gives it the focus on load, and its links the focus to their input.
/// </summary>
public sealed record ErrorSummary(string Title, IReadOnlyList<ErrorSummaryItem> Items)
{
    public const string DefaultId = "form-errors";

    /// <summary>The summary's id; a dialog's form needs its own beside the page's.</summary>
    public string Id { get; init; } = DefaultId;

    public bool Any => Items.Count > 0;

    /// <summary>
    /// One item per message, in the order given; <paramref name="target"/> names the id of the input a key's
    /// errors are about, or null when the form has no input for it (the item is then plain text).
    /// </summary>
    public static ErrorSummary Of<TMessages>(string title, IEnumerable<KeyValuePair<string, TMessages>> errors, Func<string, string?> target)
        where TMessages : IEnumerable<string> =>
        new(title, errors.SelectMany(e => e.Value.Select(message => new ErrorSummaryItem(message, target(e.Key)))).ToList());

    /// <summary>The target of a form whose inputs are "f-" + key for these keys, and that has none for any other.</summary>
    public static Func<string, string?> InputsNamed(params string[] keys) =>
        key => keys.Contains(key, StringComparer.Ordinal) ? "f-" + key : null;
}

/// <summary>One error of the summary; <see cref="Target"/> is the id of its input, null for an error of the whole form.</summary>
public sealed record ErrorSummaryItem(string Text, string? Target);

/// <summary>A directory form's <see cref="FieldErrors"/> above the form.</summary>
public static class FieldErrorsSummary
{
    /// <summary>These errors above the form; <paramref name="input"/> names the id of a key's input (null: the form has none).</summary>
    public static ErrorSummary ToErrorSummary(this FieldErrors errors, Func<string, string?> input) =>
        ErrorSummary.Of(Infrastructure.SharedText.T("L'enregistrement n'a pas été fait : corrigez les champs signalés."), errors.AsDictionary, input);

    /// <summary>These errors above a form whose inputs are "f-" + key for these keys.</summary>
    public static ErrorSummary ToErrorSummary(this FieldErrors errors, params string[] inputs) => errors.ToErrorSummary(ErrorSummary.InputsNamed(inputs));
}
