using Comptoir.Data.Views;
using Comptoir.Web.Features.Api;

namespace Comptoir.Web.Features.Views;

/// <summary>
/// The « Vues » bar of a list page: the views the user sees, the one applied (from ?view={id}, or the user's default
/// when the address has no parameters; ?view=all is « Tous »), what « Enregistrer la vue » would save, and why a
/// view could not be applied as it was saved. <see cref="Query"/> is the address the list then reads: the view's
/// parameters with the address's merged in.
/// </summary>
public sealed class ListViews
{
    public required string BaseUrl { get; init; }
    public IReadOnlyList<ViewItem> Items { get; private init; } = [];
    public ViewItem? Current { get; private init; }
    public bool MayShare { get; private init; }
    /// <summary>The view asked for is not one the user sees, or no longer fits the list: said above the list.</summary>
    public IReadOnlyList<string> Warnings { get; private init; } = [];
    public IQueryCollection Query { get; private init; } = QueryCollection.Empty;
    /// <summary>The list's parameters shown now, as « Enregistrer la vue » saves them.</summary>
    public string SaveQuery { get; private set; } = "";

    /// <summary>« Tous »: the list without a view, even for a user whose default is one.</summary>
    public string AllUrl => Items.Any(i => i.IsDefault) ? BaseUrl + "?" + ViewQuery.Parameter + "=" + ViewQuery.All : BaseUrl;

    public string ManageUrl(string handler) => BaseUrl + "/views?handler=" + handler;

    public static async Task<ListViews> ReadAsync(HttpRequest request, ModuleDefinition module, UserContext user, string baseUrl, CancellationToken ct)
    {
        var store = request.HttpContext.RequestServices.GetRequiredService<SavedViewStore>();
        var items = await store.ListAsync(user, module.Name, ct);
        var mayShare = await store.MayShareAsync(user, ct);
        var address = request.Query;
        ViewItem? current = null;
        List<string> warnings = [];
        if (address.TryGetValue(ViewQuery.Parameter, out var asked))
        {
            var text = asked.ToString().Trim();
            if (text != ViewQuery.All)
            {
                current = long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? items.FirstOrDefault(i => i.View.Id == id) : null;
                if (current is null) warnings.Add(ViewsText.T("Cette vue n'existe pas ou ne vous est pas accessible : la liste s'affiche sans elle."));
            }
        }
        else if (!ViewQuery.HasListParameters(address)) current = items.FirstOrDefault(i => i.IsDefault);

        var query = address;
        if (current is not null)
        {
            var (_, errors) = ViewQuery.Canonical(module, current.View.Query);
            if (errors.Count > 0) warnings.Add(ViewNames.Stale(current.View.Name) + " " + string.Join(" ", errors.SelectMany(e => e.Value)));
            query = ViewQuery.Merge(current.View.Query, address, page: true);
        }
        else if (address.ContainsKey(ViewQuery.Parameter))
            query = new QueryCollection(address.Where(p => p.Key != ViewQuery.Parameter).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));

        var views = new ListViews { BaseUrl = baseUrl, Items = items, Current = current, MayShare = mayShare, Warnings = warnings, Query = query };
        views.SaveQuery = ViewQuery.FromAddress(query, key => key is "q" or "sort" or "dir" or ListQuery.Columns || ListQuery.IsCondition(key)
            || module.FindField(key) is { Active: true } field && ListQuery.Filterable(field));
        return views;
    }
}
