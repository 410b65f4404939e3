namespace Comptoir.Web.Features.RecycleBin;

/// <summary>« Vider la corbeille »: administrators only, after a confirmation; the records in it are deleted for good.</summary>
public sealed class EmptyModel(CurrentUser current, ILoggerFactory logs) : PageModel
{
    public int Count { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var user = await current.RequireAsync(ct);
        if (!user.IsAdmin) return Refuse(user.UserId);
        // The first page is enough to tell « is there anything » and roughly how much.
        Count = (await RecycleBinModules.Bin(HttpContext.RequestServices).ListAsync(user, null, Data.RecycleBin.RecycleBinStore.MaxLimit, ct)).Items.Count;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = await current.RequireAsync(ct);
        if (!user.IsAdmin) return Refuse(user.UserId);
        var count = await RecycleBinModules.Bin(HttpContext.RequestServices).EmptyAsync(ct);
        RecycleBinLog.Emptied(logs, user.UserId, count);
        TempData["Flash"] = RecycleBinText.T("Corbeille vidée : {0} élément(s) supprimé(s) définitivement.", count);
        return Redirect("/recycle-bin");
    }

    private StatusCodeResult Refuse(int userId)
    {
        RecycleBinLog.Refused(logs, userId);
        return StatusCode(StatusCodes.Status403Forbidden);
    }
}
