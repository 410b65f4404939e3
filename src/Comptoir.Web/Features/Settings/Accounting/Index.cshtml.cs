using Comptoir.Core.Accounting;
using Comptoir.Data.Accounting;

namespace Comptoir.Web.Features.Settings.Accounting;

/// <summary>« Paramètres › Comptabilité »: how ledger codes are generated for accounts saved without one.</summary>
public sealed class IndexModel(LedgerCodeRules rules) : PageModel
{
    [BindProperty(Name = "prefix")] public string? Prefix { get; set; }
    [BindProperty(Name = "source")] public string? Source { get; set; }
    [BindProperty(Name = "length")] public string? Length { get; set; }

    /// <summary>The code the saved rule gives the example account (not the rule being typed).</summary>
    public string Example { get; private set; } = "";
    public Dictionary<string, string> Errors { get; private set; } = new(StringComparer.Ordinal);

    /// <summary>The refused rule's errors above the form, each linked to its input (f-prefix, f-source, f-length).</summary>
    public ErrorSummary SummaryOfErrors =>
        ErrorSummary.Of(AccountingSettingsText.T("Rien n'a été enregistré : corrigez les champs signalés."),
            Errors.Select(e => KeyValuePair.Create(e.Key, new[] { e.Value })), key => "f-" + key);

    public static string ExampleName => LedgerCodesJson.ExampleName;
    public static int MinLength => LedgerCodeRule.MinLength;
    public static int MaxLength => LedgerCodeRule.MaxLength;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var rule = await rules.GetAsync(ct);
        Show(rule);
        Example = LedgerCodesJson.Of(rule).Example;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // A length that is not a number reaches Create as null: « La longueur est obligatoire » would mislead.
        int? length = int.TryParse(Length, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
        var (rule, errors) = LedgerCodeRule.Create(Prefix, Source, length);
        if (length is null && !string.IsNullOrWhiteSpace(Length))
            errors["length"] = AccountingSettingsText.T("Un nombre entier est attendu.");
        if (rule is null || errors.Count > 0)
        {
            Errors = errors;
            Example = LedgerCodesJson.Of(await rules.GetAsync(ct)).Example;
            return Page();
        }
        await rules.SetAsync(rule, ct);
        TempData["Flash"] = AccountingSettingsText.T("La règle des codes comptables est enregistrée.");
        return Redirect("/settings/accounting");
    }

    private void Show(LedgerCodeRule rule)
    {
        Prefix = rule.Prefix;
        Source = LedgerCodeRule.SourceCode(rule.Source);
        Length = rule.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
