using Comptoir.Web.Features.Records;

namespace Comptoir.Web.Features.Duplicates;

/// <summary>
/// The form's « Doublons possibles » as the user types (duplicates.js): GET with the fields' values (and ?id= of the
/// record edited), answered as the panel's HTML. A page rather than the API, which takes bearer tokens only.
/// </summary>
public sealed class PanelModel(IServiceProvider services, CurrentUser current, RecordNames names, IStringLocalizer<RecordsText> t)
    : RecordPage(services, current, names, t)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var user = await UserAsync(ct);
        var input = new RecordInput();
        foreach (var key in Module.Duplicates?.Fields ?? [])
            if (Request.Query[key].ToString().Replace("\0", "", StringComparison.Ordinal).Trim() is { Length: > 0 and <= 500 } value) input.Set(key, value);
        long? exclude = long.TryParse(Request.Query["id"], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
        var report = await Store.CheckDuplicatesAsync(user, input, exclude, ct);
        return Partial("/Features/Duplicates/_DuplicatesPanelContent.cshtml", new DuplicatesPanelContent(report, BaseUrl, Module));
    }
}
