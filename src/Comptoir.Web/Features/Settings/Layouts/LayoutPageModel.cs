namespace Comptoir.Web.Features.Settings.Layouts;

/// <summary>
/// What every layout page shares: the module as the registry composes it now, and the one path
/// to change it (the same <see cref="LayoutStore"/> operation the API runs, history included).
/// </summary>
public abstract class LayoutPageModel(LayoutStore store, CurrentUser current) : PageModel
{
    /// <summary>TempData key of a refusal shown after a redirect (a move the model refused).</summary>
    public const string RefusalKey = "LayoutRefusal";

    public ModuleDefinition Module { get; protected set; } = null!;
    public Dictionary<string, List<string>> Errors { get; protected set; } = new(StringComparer.Ordinal);
    /// <summary>Why the operation was refused (a standard block, a block that still holds fields…).</summary>
    public string? Refusal { get; protected set; }

    protected LayoutStore Store => store;

    /// <summary>Finds the module; false when the name is unknown (the page answers 404).</summary>
    protected bool Load(string module)
    {
        if (store.Registry.Find(module) is not { } found) return false;
        Module = found;
        return true;
    }

    protected async Task<LayoutResult> ApplyAsync(Func<LayoutEditor, LayoutResult> operation, CancellationToken ct)
    {
        var result = await store.ApplyAsync(Module.Name, await current.RequireAsync(ct), operation, ct);
        // The registry has the change now: the page shows the module as it is after it.
        Module = store.Registry.Find(Module.Name) ?? Module;
        if (result.Status == LayoutStatus.Invalid) Errors = result.Errors;
        if (result.Status == LayoutStatus.Refused) Refusal = result.Refusal;
        return result;
    }

    public string? ErrorOf(string key) => Errors.TryGetValue(key, out var messages) ? string.Join(" ", messages) : null;

    /// <summary>
    /// The summary at the top of the page (Features/Shared/_ErrorSummary.cshtml): why the operation was refused,
    /// then its errors, each linked to the input <paramref name="input"/> names for its key (null: none on the page).
    /// </summary>
    protected ErrorSummary Summarise(string title, Func<string, string?> input)
    {
        var items = ErrorSummary.Of(title, Errors, input).Items;
        return new ErrorSummary(title, Refusal is null ? items : [new ErrorSummaryItem(Refusal, null), .. items]);
    }

    /// <summary>The target of a layout form: inputs named "f-" + key, but the help text's French input is "f-help" (_LabelInputs).</summary>
    protected static Func<string, string?> InputsNamed(params string[] keys)
    {
        var named = ErrorSummary.InputsNamed(keys);
        return key => key == "helpText" && named(key) is not null ? "f-help" : named(key);
    }

    protected IActionResult Done(string flash, string url)
    {
        TempData["Flash"] = flash;
        return Redirect(url);
    }

    public string ModuleUrl => "/settings/layout/" + Module.Name;

    /// <summary>A number typed in a form: null when empty, false when it is not a whole number.</summary>
    protected static bool TryNumber(string? text, out int? number)
    {
        number = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!int.TryParse(text.Trim(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n))
            return false;
        number = n;
        return true;
    }

    protected void AddError(string key, string message)
    {
        if (!Errors.TryGetValue(key, out var list)) Errors[key] = list = [];
        list.Add(message);
    }
}
