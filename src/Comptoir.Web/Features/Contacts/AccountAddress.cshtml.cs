namespace Comptoir.Web.Features.Contacts;

/// <summary>
/// What contact-address.js asks when an account is chosen on a contact form: the account's two addresses
/// as JSON, for the signed-in user (cookie), 404 for an account they may not see.
/// </summary>
public sealed class AccountAddressModel(AccountStore accounts, CurrentUser current) : PageModel
{
    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) =>
        await accounts.FindAsync(await current.RequireAsync(ct), id, ct) is { } account
            ? new JsonResult(AccountAddress.From(account))
            : NotFound();
}
