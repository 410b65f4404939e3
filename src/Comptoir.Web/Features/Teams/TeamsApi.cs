using Comptoir.Data.Teams;
using Comptoir.Web.Features.Docs;
using Comptoir.Web.Features.Api;
using Comptoir.Web.Features.Users;

namespace Comptoir.Web.Features.Teams;

/// <summary>/api/v1/teams: any user reads; administrators create, change and delete.</summary>
public static class TeamsApi
{
    private static readonly HashSet<string> Keys = ["id", "name", "description", "members"];

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", ListAsync).WithName("ListTeams").Produces<ListJson<TeamJson>>();
        group.MapGet("/{id:int}", GetAsync).WithName("GetTeam").Produces<TeamJson>();
        group.MapPost("/", CreateAsync).WithName("CreateTeam").Accepts<TeamWriteJson>("application/json").Produces<TeamJson>(201);
        group.MapPatch("/{id:int}", PatchAsync).WithName("UpdateTeam").Accepts<TeamWriteJson>("application/json").Produces<TeamJson>();
        group.MapDelete("/{id:int}", DeleteAsync).WithName("DeleteTeam")
            .WithSummary(() => OpenApiText.T("Supprime l'équipe ; 409 tant que des enregistrements lui sont attribués."));
    }

    private static async Task<IResult> ListAsync(TeamDirectory directory, string? limit, string? cursor, CancellationToken ct)
    {
        var paging = DirectoryApi.Paging(limit, cursor);
        if (paging.Errors.Any) return DirectoryApi.Validation(paging.Errors);
        var found = await directory.ListAsync(paging.After, paging.Limit + 1, ct);
        var next = found.Count > paging.Limit ? found[paging.Limit - 1].Id.ToString(CultureInfo.InvariantCulture) : null;
        return TypedResults.Ok(new ListJson<TeamJson>(found.Take(paging.Limit).Select(TeamJson.From).ToList(), next));
    }

    private static async Task<IResult> GetAsync(int id, TeamDirectory directory, HttpContext http, CancellationToken ct) =>
        await directory.FindAsync(id, ct) is { } team
            ? DirectoryApi.WithETag(http, team.Version, TypedResults.Ok(TeamJson.From(team)))
            : ApiProblems.NotFound();

    private static async Task<IResult> CreateAsync(HttpContext http, TeamDirectory directory, CurrentUser current, CancellationToken ct)
    {
        var actor = await current.RequireAsync(ct);
        if (!actor.IsAdmin) return DirectoryApi.Forbidden(http, actor);
        var (changes, error) = await ReadAsync(http.Request, ct);
        if (changes is null) return error!;
        var result = await directory.CreateAsync(changes, ct);
        if (result.Status != DirectoryStatus.Saved) return DirectoryApi.Validation(result.Errors!);
        var team = result.Value!;
        return DirectoryApi.WithETag(http, team.Version, TypedResults.Created($"/api/v1/teams/{team.Id}", TeamJson.From(team)));
    }

    private static async Task<IResult> PatchAsync(int id, HttpContext http, TeamDirectory directory, CurrentUser current, CancellationToken ct)
    {
        var actor = await current.RequireAsync(ct);
        if (!actor.IsAdmin) return DirectoryApi.Forbidden(http, actor);
        var (changes, error) = await ReadAsync(http.Request, ct);
        if (changes is null) return error!;
        var result = await directory.UpdateAsync(id, changes, ETags.ExpectedVersion(http.Request), ct);
        return result.Status switch
        {
            DirectoryStatus.Saved => DirectoryApi.WithETag(http, result.Value!.Version, TypedResults.Ok(TeamJson.From(result.Value))),
            DirectoryStatus.NotFound => ApiProblems.NotFound(),
            DirectoryStatus.VersionMismatch => ApiProblems.PreconditionFailed(),
            _ => DirectoryApi.Validation(result.Errors!),
        };
    }

    private static async Task<IResult> DeleteAsync(int id, HttpContext http, TeamDirectory directory, CurrentUser current, CancellationToken ct)
    {
        var actor = await current.RequireAsync(ct);
        if (!actor.IsAdmin) return DirectoryApi.Forbidden(http, actor);
        var result = await directory.DeleteAsync(id, ETags.ExpectedVersion(http.Request), ct);
        return result.Status switch
        {
            DirectoryStatus.Saved => TypedResults.NoContent(),
            DirectoryStatus.NotFound => ApiProblems.NotFound(),
            DirectoryStatus.VersionMismatch => ApiProblems.PreconditionFailed(),
            DirectoryStatus.Conflict => DirectoryApi.Conflict(result.Message!),
            _ => DirectoryApi.Validation(result.Errors!),
        };
    }

    private static async Task<(TeamChanges? Changes, IResult? Error)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(request, ct);
        if (body is null) return (null, error);
        var reader = new DirectoryApi.BodyReader(body, new FieldErrors(), Keys);
        reader.RejectUnknown();
        var changes = new TeamChanges { Name = reader.String("name"), Description = reader.String("description"), Members = reader.Ids("members") };
        return reader.Errors.Any ? (null, DirectoryApi.Validation(reader.Errors)) : (changes, null);
    }
}

/// <summary>A team in the API.</summary>
public sealed record TeamJson(int Id, string Name, string Description, IReadOnlyList<int> Members)
{
    public static TeamJson From(TeamSummary t) => new(t.Id, t.Name, t.Description, t.Members);
}

/// <summary>POST and PATCH /api/v1/teams (documentation of the body; PATCH changes only the keys sent).</summary>
public sealed record TeamWriteJson(string? Name, string? Description, IReadOnlyList<int>? Members);
