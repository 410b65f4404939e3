using Comptoir.Data.RecycleBin;

namespace Comptoir.Web.Features.RecycleBin;

/// <summary>
/// « Corbeille »: every user sees what was deleted among the records they may see, and restores it;
/// administrators also empty it (see <see cref="EmptyModel"/>).
/// </summary>
public sealed class IndexModel(CurrentUser current, IModuleRegistry registry) : PageModel
{
    public const int PageSize = 50;

    public RecycleBinPage Bin { get; private set; } = null!;
    public bool IsAdmin { get; private set; }

    public async Task OnGetAsync(long? cursor, CancellationToken ct)
    {
        var user = await current.RequireAsync(ct);
        IsAdmin = user.IsAdmin;
        Bin = await RecycleBinModules.Bin(HttpContext.RequestServices).ListAsync(user, cursor, PageSize, ct);
    }

    public async Task<IActionResult> OnPostRestoreAsync(string module, long id, CancellationToken ct)
    {
        var user = await current.RequireAsync(ct);
        var store = RecycleBinModules.Store(HttpContext.RequestServices, module);
        if (store is null || await RecycleBinModules.RestoreAsync(HttpContext.RequestServices, module, user, id, ct) != SaveStatus.Saved
            || await store.FindRecordAsync(user, id, ct) is not { } record)
        {
            TempData["Flash"] = RecycleBinText.T("Cet élément n'est plus dans la corbeille.");
            return Redirect("/recycle-bin");
        }
        var title = store.Module.FindField(store.Module.TitleField) is { } field
            ? Core.Records.FieldAccess.Get(record, field)?.ToString() ?? record.Number
            : record.Number;
        TempData["Flash"] = RecycleBinText.T("« {0} » restauré.", title);
        return Redirect(RecycleBinModules.Url(module, id));
    }

    /// <summary>The module's name as a user reads it (« Compte client »), or its key when the registry no longer has it.</summary>
    public string ModuleLabel(string module) => registry.Find(module)?.SingularLabel.ToString() ?? module;

    public static string When(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Core.FieldTypes.DateTimeFieldType.Paris)
            .ToString("g", System.Globalization.CultureInfo.CurrentCulture);
}
