using Comptoir.Data.Modules;
namespace Comptoir.Web.Features.MassActions;

/// <summary>A record a mass action left alone, and why; a record the user may not see is refused without its number.</summary>
public sealed record MassRefusal(long Id, string? Number, string Reason)
{
    public JsonObject ToJson()
    {
        var json = new JsonObject { ["id"] = Id };
        if (Number is not null) json["number"] = Number;
        json["reason"] = Reason;
        return json;
    }
}

/// <summary>
/// One record of a mass action, through the store's own save or delete (rights, validation, history, search terms,
/// the module's delete rules): the same path as a single PATCH or DELETE, for the request and for a job's batch.
/// </summary>
public static class MassAction
{
    public static async Task<MassRefusal?> ApplyAsync(IRecordStore store, UserContext user, MassRequest request, long id, CancellationToken ct) =>
        request.Kind == MassKind.Update ? await UpdateAsync(store, user, request, id, ct) : await DeleteAsync(store, user, request, id, ct);

    private static async Task<MassRefusal?> UpdateAsync(IRecordStore store, UserContext user, MassRequest request, long id, CancellationToken ct)
    {
        var outcome = await store.UpdateRecordAsync(user, id, RecordInput.FromJson(request.Set!), partial: true, expectedVersion: null, ct);
        return outcome.Status switch
        {
            SaveStatus.Saved => null,
            SaveStatus.Invalid => new MassRefusal(id, outcome.Record?.Number, Reasons(store.Module, outcome.Validation!.Errors)),
            SaveStatus.VersionMismatch => new MassRefusal(id, outcome.Record?.Number, MassText.T("Modifié par quelqu'un d'autre au même moment.")),
            _ => Hidden(id),
        };
    }

    private static async Task<MassRefusal?> DeleteAsync(IRecordStore store, UserContext user, MassRequest request, long id, CancellationToken ct)
    {
        var record = await store.FindRecordAsync(user, id, ct);
        if (record is null) return Hidden(id);
        if (await store.DeletionRefusalAsync(user, id, ct) is { } refusal) return new MassRefusal(id, record.Number, refusal);
        var choices = request.With.Count == 0 ? DeleteChoices.None : DeleteChoices.Of([.. request.With]);
        return await store.DeleteAsync(user, id, expectedVersion: null, choices, ct) switch
        {
            SaveStatus.Saved => null,
            SaveStatus.Forbidden => new MassRefusal(id, record.Number, MassText.T("Vous ne pouvez pas supprimer cet enregistrement.")),
            SaveStatus.VersionMismatch => new MassRefusal(id, record.Number, MassText.T("Modifié par quelqu'un d'autre au même moment.")),
            _ => Hidden(id),
        };
    }

    /// <summary>Missing, or not the user's to see: the same words for both, and nothing about the record.</summary>
    private static MassRefusal Hidden(long id) => new(id, null, MassText.T("Introuvable, ou vous n'y avez pas accès."));

    private static string Reasons(ModuleDefinition module, IReadOnlyDictionary<string, List<string>> errors) =>
        string.Join(" ; ", errors.SelectMany(e => e.Value.Select(m => module.FindField(e.Key) is { } f ? $"{f.Label} : {m}" : m)));
}
