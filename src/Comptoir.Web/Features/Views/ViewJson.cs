using System.Text.Json.Serialization;
using Comptoir.Data.Views;

namespace Comptoir.Web.Features.Views;

/// <summary>A saved view as the API answers it; <c>query</c> is the list's query string, <c>url</c> the list page showing it.</summary>
public sealed record ViewJson(long Id, string Module, string Name, bool Shared, [property: JsonPropertyName("default")] bool IsDefault,
    bool Editable, ViewOwnerJson Owner, string Query, string Url, DateTime CreatedAt, DateTime UpdatedAt)
{
    public static ViewJson From(ViewItem item) => new(item.View.Id, item.View.Module, item.View.Name, item.View.Shared, item.IsDefault,
        item.Editable, new ViewOwnerJson(item.View.OwnerId, item.OwnerName), item.View.Query, ViewPaths.Page(item.View),
        DateTime.SpecifyKind(item.View.CreatedAt, DateTimeKind.Utc), DateTime.SpecifyKind(item.View.UpdatedAt, DateTimeKind.Utc));
}

public sealed record ViewOwnerJson(int Id, string Name);

/// <summary>GET /api/v1/views?module=: the views the caller sees, and whether they may share one.</summary>
public sealed record ViewListJson(IReadOnlyList<ViewJson> Items, bool MayShare);

/// <summary>
/// POST /api/v1/views (module and name required) and PATCH /api/v1/views/{id} (any of them but module): <c>query</c> is the
/// list's parameters as its address has them (« cond.industry.in=food&amp;columns=name,phone&amp;sort=name&amp;order=desc »),
/// <c>default</c> makes it the caller's default view of the module (or stops it being so).
/// </summary>
public sealed record ViewInputJson(string Module, string Name, bool? Shared, [property: JsonPropertyName("default")] bool? IsDefault, string? Query);

public static class ViewPaths
{
    public static string Page(SavedView view) => "/" + view.Module + "?" + ViewQuery.Parameter + "=" + view.Id.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The checks a view's name gets from the API and the page alike.</summary>
public static class ViewNames
{
    public static string? Error(string? name) =>
        string.IsNullOrWhiteSpace(name) ? ViewsText.T("Donnez un nom à la vue.")
        : name.Trim().Length > SavedViewStore.MaxNameLength ? ViewsText.T("Un nom de vue tient en {0} caractères au plus.", SavedViewStore.MaxNameLength)
        : null;

    public static string Taken(string name) => ViewsText.T("Vous avez déjà une vue « {0} » dans cette liste.", name.Trim());

    public static string SharingRefused => ViewsText.T("L'administrateur n'a pas permis de partager ses vues : seuls les administrateurs partagent une vue.");

    public static string NotYours => ViewsText.T("Seul l'auteur de cette vue, ou un administrateur pour une vue partagée, peut la modifier ou la supprimer.");

    public static string Stale(string name) =>
        ViewsText.T("La vue « {0} » ne s'applique plus telle quelle : la liste a changé depuis (un champ retiré ou modifié). Modifiez ou supprimez la vue.", name);
}
