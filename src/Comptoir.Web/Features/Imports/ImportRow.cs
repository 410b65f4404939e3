namespace Comptoir.Web.Features.Imports;

/// <summary>A row's error: the field and the file's column it concerns (when it concerns one), and the message.</summary>
public sealed record ImportError(string? Field, string? Column, string Message)
{
    public JsonObject ToJson(int line) => new() { ["line"] = line, ["field"] = Field, ["column"] = Column, ["message"] = Message };
}

/// <summary>
/// What became of a row: created, updated or skipped (a duplicate; or, in a dry run, would be), or failed with its errors.
/// An update keeps what it overwrote (<see cref="Before"/>, as the API writes values) and the version it left, for the undo.
/// </summary>
public sealed record ImportRowResult(string Status, long? Id, IReadOnlyList<ImportError> Errors)
{
    public JsonObject? Before { get; init; }
    public int? Version { get; init; }

    public JsonObject ToJson(int line)
    {
        var json = new JsonObject { ["line"] = line, ["s"] = Status };
        if (Id is { } id) json["id"] = id;
        if (Before is not null) json["before"] = Before;
        if (Version is { } version) json["v"] = version;
        if (Errors.Count > 0) json["errors"] = new JsonArray([.. Errors.Select(e => (JsonNode)e.ToJson(line))]);
        return json;
    }
}

/// <summary>What every row of a batch shares.</summary>
public sealed record ImportRowContext(IRecordStore Store, UserContext User, ImportPlan Plan, Data.Imports.ImportRun Run,
    FieldTypes.FieldTypeRegistry Types, ImportLookups Lookups);

/// <summary>One row of an import, through the store's create as a form save would go, or its checks only in a dry run.</summary>
public static class ImportRow
{
    public const string Created = "created", Updated = "updated", Skipped = "skipped", Failed = "failed";
    public static readonly IReadOnlyList<string> CountKeys = [Created, Updated, Skipped, Failed];

    /// <summary>The cell as its field type reads it (an owner's name, a record's number: see FieldTypeView.ImportText).</summary>
    private static async Task SetAsync(ImportRowContext context, RecordInput input, string key, string value, string? column,
        List<ImportError> errors, CancellationToken ct)
    {
        if (context.Store.Module.FindField(key) is { } field && context.Types.ViewOf(field.Type).ImportText is { } read)
        {
            var text = await read(field, value, context.Lookups, context.User, ct);
            if (text.Error is not null)
            {
                errors.Add(new(key, column, $"{field.Label.Get(CultureInfo.CurrentUICulture)} : {text.Error}"));
                return;
            }
            value = text.Text!;
        }
        input.Set(key, value);
    }

    public static async Task<ImportRowResult> RunAsync(ImportRowContext context, JsonArray cells, CancellationToken ct)
    {
        var (store, user, plan, run) = (context.Store, context.User, context.Plan, context.Run);
        var errors = new List<ImportError>();
        var input = new RecordInput { HistoryAction = ImportJob.HistoryAction(run.Id) };
        if (cells.Count > plan.Columns.Count)
            errors.Add(new(null, null, ImportsText.T("La ligne compte {0} valeurs pour {1} colonnes : une valeur contient sans doute le séparateur sans guillemets.", cells.Count, plan.Columns.Count)));
        for (var i = 0; i < Math.Min(cells.Count, plan.Columns.Count); i++)
        {
            if (plan.FieldOf[i] is not { } field) continue;
            var value = ((string?)cells[i])?.Trim() ?? "";
            if (value.Length == 0) continue;
            // A CRM value starting with « = » is a spreadsheet formula (=HYPERLINK(…)): refused rather than kept to run later.
            if (value.StartsWith('=')) errors.Add(new(field, plan.Columns[i], ImportsText.T("Formule refusée : une valeur ne peut pas commencer par « = ».")));
            else await SetAsync(context, input, field, value, plan.Columns[i], errors, ct);
        }
        foreach (var (field, value) in plan.Defaults)
            if (!input.Has(field)) await SetAsync(context, input, field, value, null, errors, ct);
        if (errors.Count > 0) return new(Failed, null, errors);
        if (plan.Duplicates is { } duplicates && await ImportMatch.RunAsync(context, input, duplicates, ct) is { } matched) return matched;

        var outcome = plan.DryRun ? await store.CheckCreateRecordAsync(user, input, ct) : await store.CreateRecordAsync(user, input, ct);
        return outcome.Status == SaveStatus.Saved ? new(Created, outcome.Record?.Id, []) : Refused(context, outcome);
    }

    /// <summary>A save refused, as the row's errors: each field's message under its column, or the duplicate rule's matches.</summary>
    public static ImportRowResult Refused(ImportRowContext context, SaveOutcome<IRecord> outcome)
    {
        var (store, plan) = (context.Store, context.Plan);
        var errors = new List<ImportError>();
        switch (outcome.Status)
        {
            case SaveStatus.Invalid:
                foreach (var (field, messages) in outcome.Validation!.Errors)
                    foreach (var message in messages)
                        errors.Add(new(field, plan.ColumnOf(field), store.Module.FindField(field) is { } f ? $"{f.Label.Get(CultureInfo.CurrentUICulture)} : {message}" : message));
                return new(Failed, null, errors);
            case SaveStatus.Duplicate:
                var report = outcome.Duplicates!;
                var numbers = string.Join(", ", report.Matches.Select(m => m.Number));
                return new(Failed, null, [new(null, null, report.Matches.Count > 0
                    ? ImportsText.T("Doublon de {0}, selon la règle des doublons du module.", numbers)
                    : ImportsText.T("Doublon d'un enregistrement auquel vous n'avez pas accès, selon la règle des doublons du module."))]);
            case SaveStatus.Forbidden:
                return new(Failed, null, [new(null, null, ImportsText.T("Vous ne pouvez pas modifier cet enregistrement."))]);
            case SaveStatus.VersionMismatch:
                return new(Failed, null, [new(null, null, ImportsText.T("L'enregistrement a été modifié par quelqu'un d'autre pendant l'import : ligne laissée de côté."))]);
            default:
                return new(Failed, null, [new(null, null, ImportsText.T("Ligne refusée."))]);
        }
    }
}
