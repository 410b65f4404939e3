using Comptoir.Data;
using Comptoir.Data.Settings;
using Comptoir.Data.Views;

namespace Comptoir.Web.Features.Settings.Sharing;

/// <summary>« Paramètres › Confidentialité »: whether accounts are private to their assignee and team, and whether users share their saved views.</summary>
public sealed class IndexModel(SettingsStore settings, IWriteGate gate) : PageModel
{
    [BindProperty(Name = "accountsPrivate")] public bool AccountsPrivate { get; set; }
    [BindProperty(Name = "ownersShareViews")] public bool OwnersShareViews { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        AccountsPrivate = await settings.GetBoolAsync(SettingsStore.AccountsPrivate, ct);
        OwnersShareViews = await settings.GetBoolAsync(SavedViewStore.OwnersShare, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        using (await gate.EnterAsync(ct))
        {
            await settings.SetBoolAsync(SettingsStore.AccountsPrivate, AccountsPrivate, ct);
            await settings.SetBoolAsync(SavedViewStore.OwnersShare, OwnersShareViews, ct);
        }
        TempData["Flash"] = SettingsText.T("La règle de confidentialité est enregistrée.");
        return Redirect("/settings/sharing");
    }
}
