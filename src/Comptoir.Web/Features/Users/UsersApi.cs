using Comptoir.Web.Features.Api;
using Comptoir.Web.Features.Docs;

namespace Comptoir.Web.Features.Users;

/// <summary>/api/v1/users: any user reads the directory (to pick owners); administrators change it, users their own profile.</summary>
public static class UsersApi
{
    private static readonly HashSet<string> CreateKeys = ["username", "displayName", "email", "password", "isAdmin", "isActive", "locale", "teams"];
    private static readonly HashSet<string> PatchKeys = ["id", "username", "displayName", "email", "password", "isAdmin", "isActive", "locale", "teams"];

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", ListAsync).WithName("ListUsers").Produces<ListJson<UserJson>>();
        group.MapGet("/{id:int}", GetAsync).WithName("GetUser").Produces<UserJson>();
        group.MapPost("/", CreateAsync).WithName("CreateUser").Accepts<UserCreateJson>("application/json").Produces<UserJson>(201);
        group.MapPatch("/{id:int}", PatchAsync).WithName("UpdateUser").Accepts<UserPatchJson>("application/json").Produces<UserJson>();
        group.MapDelete("/{id:int}", DeactivateAsync).WithName("DeactivateUser")
            .WithSummary(() => OpenApiText.T("Désactive l'utilisateur (un utilisateur n'est jamais supprimé : les enregistrements continuent de le désigner)."));
    }

    private static async Task<IResult> ListAsync(UserDirectory directory, string? limit, string? cursor, bool? active, CancellationToken ct)
    {
        var paging = DirectoryApi.Paging(limit, cursor);
        if (paging.Errors.Any) return DirectoryApi.Validation(paging.Errors);
        var found = await directory.ListAsync(paging.After, paging.Limit + 1, active, ct);
        var next = found.Count > paging.Limit ? found[paging.Limit - 1].Id.ToString(CultureInfo.InvariantCulture) : null;
        return TypedResults.Ok(new ListJson<UserJson>(found.Take(paging.Limit).Select(UserJson.From).ToList(), next));
    }

    private static async Task<IResult> GetAsync(int id, UserDirectory directory, HttpContext http, CancellationToken ct) =>
        await directory.FindAsync(id, ct) is { } user
            ? DirectoryApi.WithETag(http, user.Version, TypedResults.Ok(UserJson.From(user)))
            : ApiProblems.NotFound();

    private static async Task<IResult> CreateAsync(HttpContext http, UserDirectory directory, CurrentUser current, CancellationToken ct)
    {
        var actor = await current.RequireAsync(ct);
        if (!actor.IsAdmin) return DirectoryApi.Forbidden(http, actor);
        var (body, error) = await JsonBody.ReadObjectAsync(http.Request, ct);
        if (body is null) return error!;

        var reader = new DirectoryApi.BodyReader(body, new FieldErrors(), CreateKeys);
        reader.RejectUnknown();
        var changes = Read(reader);
        if (reader.Errors.Any) return DirectoryApi.Validation(reader.Errors);

        var result = await directory.CreateAsync(changes, ct);
        if (result.Status != DirectoryStatus.Saved) return DirectoryApi.Validation(result.Errors!);
        var user = result.Value!;
        return DirectoryApi.WithETag(http, user.Version, TypedResults.Created($"/api/v1/users/{user.Id}", UserJson.From(user)));
    }

    private static async Task<IResult> PatchAsync(int id, HttpContext http, UserDirectory directory, CurrentUser current, CancellationToken ct)
    {
        var actor = await current.RequireAsync(ct);
        var (body, error) = await JsonBody.ReadObjectAsync(http.Request, ct);
        if (body is null) return error!;

        var reader = new DirectoryApi.BodyReader(body, new FieldErrors(), PatchKeys);
        reader.RejectUnknown();
        var changes = Read(reader);
        // Clients may send back what they read: an unchanged id is not a change.
        if (body["id"] is { } sentId && !(sentId is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<decimal>(out var sent) && sent == id))
            reader.Errors.Add("id", UsersText.T("L'identifiant numérique ne peut pas être modifié."));
        if (!actor.IsAdmin && (actor.UserId != id || !changes.OnlySelfService)) return DirectoryApi.Forbidden(http, actor);
        if (reader.Errors.Any) return DirectoryApi.Validation(reader.Errors);

        var result = await directory.UpdateAsync(actor, id, changes, ETags.ExpectedVersion(http.Request), ct);
        return result.Status switch
        {
            DirectoryStatus.Saved => DirectoryApi.WithETag(http, result.Value!.Version, TypedResults.Ok(UserJson.From(result.Value))),
            DirectoryStatus.NotFound => ApiProblems.NotFound(),
            DirectoryStatus.VersionMismatch => ApiProblems.PreconditionFailed(),
            _ => DirectoryApi.Validation(result.Errors!),
        };
    }

    private static async Task<IResult> DeactivateAsync(int id, HttpContext http, UserDirectory directory, CurrentUser current, CancellationToken ct)
    {
        var actor = await current.RequireAsync(ct);
        if (!actor.IsAdmin) return DirectoryApi.Forbidden(http, actor);
        var result = await directory.DeactivateAsync(actor, id, ETags.ExpectedVersion(http.Request), ct);
        return result.Status switch
        {
            DirectoryStatus.Saved => TypedResults.NoContent(),
            DirectoryStatus.NotFound => ApiProblems.NotFound(),
            DirectoryStatus.VersionMismatch => ApiProblems.PreconditionFailed(),
            _ => DirectoryApi.Validation(result.Errors!),
        };
    }

    private static UserChanges Read(DirectoryApi.BodyReader reader) => new()
    {
        UserName = reader.String("username"),
        DisplayName = reader.String("displayName"),
        Email = reader.String("email"),
        Password = reader.String("password"),
        IsAdmin = reader.Bool("isAdmin"),
        IsActive = reader.Bool("isActive"),
        Locale = reader.String("locale"),
        Teams = reader.Ids("teams"),
    };
}

/// <summary>A user in the API.</summary>
public sealed record UserJson(int Id, string Username, string DisplayName, string? Email, bool IsAdmin, bool IsActive, string? Locale, IReadOnlyList<int> Teams)
{
    public static UserJson From(UserSummary u) => new(u.Id, u.UserName, u.DisplayName, u.Email, u.IsAdmin, u.IsActive, u.Locale, u.Teams);
}

/// <summary>POST /api/v1/users (documentation of the body).</summary>
public sealed record UserCreateJson(string Username, string DisplayName, string? Email, string Password, bool? IsAdmin, bool? IsActive, string? Locale, IReadOnlyList<int>? Teams);

/// <summary>PATCH /api/v1/users/{id}: only the keys sent change (documentation of the body).</summary>
public sealed record UserPatchJson(string? DisplayName, string? Email, string? Password, bool? IsAdmin, bool? IsActive, string? Locale, IReadOnlyList<int>? Teams);
