using Comptoir.Data.Views;
using Comptoir.Web.Features.Records;

namespace Comptoir.Web.Features.Views;

/// <summary>
/// « Enregistrer la vue », its changes and its deletion, posted by the « Vues » bar of a list (_ViewsBar.cshtml), then back
/// to the list showing the view. Shown as a page of its own only to say what was refused (and, without JavaScript,
/// to save the list's parameters given in ?query=), with the list of the views the user sees, « Tous » first.
/// </summary>
public sealed class ManageModel(IServiceProvider services, CurrentUser current, RecordNames names, IStringLocalizer<RecordsText> t, SavedViewStore views)
    : RecordPage(services, current, names, t)
{
    [BindProperty(SupportsGet = true, Name = "query")] public string? SavedQuery { get; set; }
    [BindProperty(Name = "name")] public string? Name { get; set; }
    [BindProperty(Name = "shared")] public bool Shared { get; set; }
    /// <summary>The form offered « Partager avec tout le monde »: otherwise its absence does not unshare the view.</summary>
    [BindProperty(Name = "sharedShown")] public bool SharedShown { get; set; }
    [BindProperty(Name = "default")] public bool MakeDefault { get; set; }
    [BindProperty(SupportsGet = true, Name = "id")] public long? Id { get; set; }

    public FieldErrors Errors { get; } = new();
    public bool MayShare { get; private set; }
    /// <summary>The view being changed; null when a new one is being saved.</summary>
    public ViewItem? Editing { get; private set; }
    /// <summary>The views the user sees in this list (their own first), shown under the form.</summary>
    public IReadOnlyList<ViewItem> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var user = await UserAsync(ct);
        MayShare = await views.MayShareAsync(user, ct);
        Items = await views.ListAsync(user, Module.Name, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        var user = await UserAsync(ct);
        MayShare = await views.MayShareAsync(user, ct);
        if (ViewNames.Error(Name) is { } nameError) Errors.Add("name", nameError);
        var (query, queryErrors) = ViewQuery.Canonical(Module, SavedQuery);
        foreach (var (_, messages) in queryErrors)
            foreach (var message in messages) Errors.Add("query", message);
        if (Errors.Any) return await RefusedAsync(ct);

        var (outcome, item) = await views.CreateAsync(user, Module.Name, Name!.Trim(), Shared, query!, MakeDefault, ct);
        if (outcome == ViewOutcome.DuplicateName) Errors.Add("name", ViewNames.Taken(Name));
        if (outcome == ViewOutcome.SharingRefused) Errors.Add("shared", ViewNames.SharingRefused);
        if (Errors.Any) return await RefusedAsync(ct);
        TempData["Flash"] = ViewsText.T("La vue « {0} » est enregistrée.", item!.View.Name);
        return LocalRedirect(ViewPaths.Page(item.View));
    }

    public async Task<IActionResult> OnPostUpdateAsync(CancellationToken ct)
    {
        var user = await UserAsync(ct);
        MayShare = await views.MayShareAsync(user, ct);
        if (Id is not { } id || await views.FindAsync(user, id, ct) is not { } found || found.View.Module != Module.Name) return NotFound();
        Editing = found;
        var change = new ViewChange(Default: MakeDefault);
        if (found.Editable)
        {
            if (ViewNames.Error(Name) is { } nameError) Errors.Add("name", nameError);
            change = change with { Name = Name?.Trim(), Shared = SharedShown ? Shared : null };
        }
        if (Errors.Any) return await RefusedAsync(ct);
        var (outcome, item) = await views.UpdateAsync(user, id, change, ct);
        switch (outcome)
        {
            case ViewOutcome.NotFound: return NotFound();
            case ViewOutcome.Forbidden: return StatusCode(StatusCodes.Status403Forbidden);
            case ViewOutcome.DuplicateName: Errors.Add("name", ViewNames.Taken(Name!)); return await RefusedAsync(ct);
            case ViewOutcome.SharingRefused: Errors.Add("shared", ViewNames.SharingRefused); return await RefusedAsync(ct);
        }
        TempData["Flash"] = ViewsText.T("La vue « {0} » est enregistrée.", item!.View.Name);
        return LocalRedirect(ViewPaths.Page(item.View));
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        var user = await UserAsync(ct);
        if (Id is not { } id || await views.FindAsync(user, id, ct) is not { } found || found.View.Module != Module.Name) return NotFound();
        switch (await views.DeleteAsync(user, id, ct))
        {
            case ViewOutcome.NotFound: return NotFound();
            case ViewOutcome.Forbidden: return StatusCode(StatusCodes.Status403Forbidden);
        }
        TempData["Flash"] = ViewsText.T("La vue « {0} » est supprimée.", found.View.Name);
        return LocalRedirect(BaseUrl + "?" + ViewQuery.Parameter + "=" + ViewQuery.All);
    }

    private async Task<PageResult> RefusedAsync(CancellationToken ct)
    {
        Items = await views.ListAsync(await UserAsync(ct), Module.Name, ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public ErrorSummary Summary => Errors.ToErrorSummary("name", "shared");

    public string? ErrorOf(string key) => Errors.For(key) is { Count: > 0 } list ? string.Join(" ", list) : null;
}
