using Comptoir.Data.Settings;
using Comptoir.Data.Views;
using Comptoir.Web.Features.Api;
using Comptoir.Web.Features.Users;

namespace Comptoir.Web.Features.Settings;

/// <summary>/api/v1/settings: the sharing rule (any user reads it, administrators change it).</summary>
public static class SettingsApi
{
    private static readonly HashSet<string> SharingKeys = ["accountsPrivate", "ownersShareViews"];

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/sharing", GetSharingAsync).WithName("GetSharing").Produces<SharingJson>();
        group.MapPut("/sharing", PutSharingAsync).WithName("SetSharing").Accepts<SharingJson>("application/json").Produces<SharingJson>();
    }

    private static async Task<IResult> GetSharingAsync(SettingsStore settings, CancellationToken ct) =>
        TypedResults.Ok(new SharingJson(await settings.GetBoolAsync(SettingsStore.AccountsPrivate, ct), await settings.GetBoolAsync(SavedViewStore.OwnersShare, ct)));

    private static async Task<IResult> PutSharingAsync(HttpContext http, SettingsStore settings, CurrentUser current, Data.IWriteGate gate, CancellationToken ct)
    {
        var actor = await current.RequireAsync(ct);
        if (!actor.IsAdmin) return DirectoryApi.Forbidden(http, actor);
        var (body, error) = await JsonBody.ReadObjectAsync(http.Request, ct);
        if (body is null) return error!;
        var reader = new DirectoryApi.BodyReader(body, new FieldErrors(), SharingKeys);
        reader.RejectUnknown();
        var value = reader.Bool("accountsPrivate");
        // Optional: a script written before saved views keeps sending accountsPrivate alone.
        var ownersShareViews = reader.Bool("ownersShareViews");
        if (value is null && !reader.Errors.Has("accountsPrivate"))
            reader.Errors.Add("accountsPrivate", SettingsText.T("« accountsPrivate » est obligatoire (true ou false)."));
        if (reader.Errors.Any) return DirectoryApi.Validation(reader.Errors);

        using (await gate.EnterAsync(ct))
        {
            await settings.SetBoolAsync(SettingsStore.AccountsPrivate, value!.Value, ct);
            if (ownersShareViews is { } share) await settings.SetBoolAsync(SavedViewStore.OwnersShare, share, ct);
        }
        return await GetSharingAsync(settings, ct);
    }
}

/// <summary>
/// Whether accounts are private to their assignee, the assigned team's members and administrators, and whether users
/// may share their saved views with everyone (administrators always may).
/// </summary>
public sealed record SharingJson(bool AccountsPrivate, bool OwnersShareViews);
