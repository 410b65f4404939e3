using Comptoir.Data;
using Comptoir.Data.Settings;

namespace Comptoir.Web.Features.Settings.Sharing;

/// <summary>« Paramètres › Confidentialité »: whether accounts are private to their assignee and team.</summary>
public sealed class IndexModel(SettingsStore settings, IWriteGate gate) : PageModel
{
    [BindProperty(Name = "accountsPrivate")] public bool AccountsPrivate { get; set; }

    public async Task OnGetAsync(CancellationToken ct) =>
        AccountsPrivate = await settings.GetBoolAsync(SettingsStore.AccountsPrivate, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        using (await gate.EnterAsync(ct)) await settings.SetBoolAsync(SettingsStore.AccountsPrivate, AccountsPrivate, ct);
        TempData["Flash"] = SettingsText.T("La règle de confidentialité est enregistrée.");
        return Redirect("/settings/sharing");
    }
}
