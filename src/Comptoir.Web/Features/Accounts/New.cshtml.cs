using Comptoir.Core.FieldTypes;
using Comptoir.Data.Accounts;
using Comptoir.Data.Records;
using Comptoir.Web.Features.Shared.Records;
using Comptoir.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Comptoir.Web.Features.Accounts;

public sealed class NewModel(AccountStore store, CurrentUser current, RecordNames names, IStringLocalizer<AccountsText> t) : PageModel
{
    public RecordForm Form { get; private set; } = null!;
    public LedgerSharingWarning? Sharing { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var user = await current.RequireAsync(ct);
        Form = RecordForm.Blank(store.Module, new OwnerRef(OwnerKind.User, user.UserId));
        Form.Choices = await names.ChoicesAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = await current.RequireAsync(ct);
        Form = RecordForm.FromPost(store.Module, Request.Form);
        // Another customer's ledger account: the same page with the warning, nothing saved until it is confirmed.
        Sharing = await LedgerSharingWarning.ForPostAsync(store, user, Form, Request.Form, accountId: null, ct);
        if (Sharing is not { Confirmed: false })
        {
            var outcome = await store.CreateAsync(user, Form.ToInput(), ct);
            if (outcome.Status == SaveStatus.Saved)
            {
                var account = outcome.Record!;
                TempData["Flash"] = t["Compte client « {0} » créé ({1}).", account.Name, account.Number].Value;
                return Redirect($"/accounts/{account.Id}");
            }
            // Refused: the same page, each error beside its field, everything typed kept.
            foreach (var (key, messages) in outcome.Validation?.Errors ?? []) Form.Errors[key] = messages;
        }
        Form.Choices = await names.ChoicesAsync(ct);
        return Page();
    }
}
