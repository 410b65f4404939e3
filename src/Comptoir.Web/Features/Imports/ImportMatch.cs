using System.Text.Json;

namespace Comptoir.Web.Features.Imports;

/// <summary>
/// The duplicates step for one row (<see cref="ImportDuplicates"/>): the first record the user may see whose match
/// fields equal the row's; then the row is skipped, or it updates that record through the store's update (rights,
/// validation, history « Mis à jour par l'import n° … »), keeping what it overwrote for « Annuler l'import ».
/// Null when the row matches nothing: it is created.
/// </summary>
public static class ImportMatch
{
    public static string HistoryAction(long importId) => "import-update:" + importId.ToString(CultureInfo.InvariantCulture);

    public static async Task<ImportRowResult?> RunAsync(ImportRowContext context, RecordInput input, ImportDuplicates duplicates, CancellationToken ct)
    {
        var (store, user, plan) = (context.Store, context.User, context.Plan);
        var report = await store.MatchDuplicatesAsync(user, input, duplicates.Match, ct);
        if (!report.Any) return null;
        if (report.Matches.Count == 0)
            return new(ImportRow.Failed, null, [new(null, null, ImportsText.T("Doublon d'un enregistrement auquel vous n'avez pas accès : la ligne n'est pas importée."))]);
        var match = report.Matches[0];
        if (duplicates.Action == ImportDuplicates.Skip) return new(ImportRow.Skipped, match.Id, []);
        if (await store.FindRecordAsync(user, match.Id, ct) is not { } record) return null;

        var update = new RecordInput { HistoryAction = HistoryAction(context.Run.Id) };
        var before = new JsonObject();
        foreach (var (key, raw) in input.Values)
        {
            var field = store.Module.FindField(key)!;
            var current = field.Type.ToJson(FieldAccess.Get(record, field));
            // « Fusionner » fills only what the record lacks; « Écraser » replaces what the row gives.
            if (duplicates.Action == ImportDuplicates.Merge && !IsEmpty(current)) continue;
            update.Set(key, raw.Text);
            before[key] = current?.DeepClone();
        }
        if (update.Values.Count == 0) return new(ImportRow.Skipped, match.Id, []);

        if (plan.DryRun)
        {
            var errors = await store.CheckValuesAsync(user, update, ct);
            return errors.Count == 0 ? new(ImportRow.Updated, match.Id, [])
                : ImportRow.Refused(context, new SaveOutcome<IRecord>(SaveStatus.Invalid, null, Validation(errors)));
        }
        var outcome = await store.UpdateRecordAsync(user, match.Id, update, partial: true, expectedVersion: record.Version, ct);
        return outcome.Status == SaveStatus.Saved
            ? new(ImportRow.Updated, match.Id, []) { Before = before, Version = outcome.Record!.Version }
            : ImportRow.Refused(context, outcome);
    }

    private static RecordValidation Validation(IReadOnlyDictionary<string, List<string>> errors)
    {
        var validation = new RecordValidation();
        foreach (var (key, messages) in errors)
            foreach (var message in messages) validation.AddError(key, message);
        return validation;
    }

    private static bool IsEmpty(JsonNode? value) => value switch
    {
        null => true,
        JsonArray array => array.Count == 0,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => string.IsNullOrWhiteSpace(v.GetValue<string>()),
        _ => false,
    };
}
