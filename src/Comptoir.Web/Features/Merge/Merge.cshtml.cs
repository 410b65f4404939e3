using Comptoir.Data.Merge;
using Comptoir.Web.Features.MassActions;
using Comptoir.Web.Features.Records;

namespace Comptoir.Web.Features.Merge;

/// <summary>
/// /{module}/merge?ids=12,15: the records side by side, one column each, a choice per field whose values differ;
/// « Conserver celui-ci » (?target=) picks the record kept. « Fusionner » runs the API's own merge (RecordStore.Merge.cs).
/// A list's mass actions post their ticked rows here, which come back as ?ids=. Works without JS.
/// </summary>
public sealed class MergeModel(IServiceProvider services, CurrentUser current, RecordNames names, IStringLocalizer<RecordsText> t)
    : RecordPage(services, current, names, t)
{
    public const string FieldPrefix = "field.";

    /// <summary>The records, oldest first (by id).</summary>
    public IReadOnlyList<IRecord> Records { get; private set; } = [];
    public long Target { get; private set; }
    public IReadOnlyList<MergeRow> Rows { get; private set; } = [];
    /// <summary>Why the page cannot merge these (one hidden, too many, no right): shown instead of the form.</summary>
    public string? Problem { get; private set; }
    public bool MayMerge { get; private set; }
    public IReadOnlyDictionary<string, List<string>> Errors { get; private set; } = new Dictionary<string, List<string>>();
    public string? Refusal { get; private set; }
    public IReadOnlyList<Data.Duplicates.DuplicateHit> Duplicates { get; private set; } = [];

    public string Title(IRecord record) => TitleOf(record);
    public string IdsText => string.Join(',', Records.Select(r => r.Id.ToString(CultureInfo.InvariantCulture)));

    public async Task<IActionResult> OnGetAsync(string? ids, long? target, CancellationToken ct)
    {
        if (!Store.GoesToBin) return NotFound();
        await LoadAsync(ParseIds(Request.Query["ids"]), target, posted: null, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Store.GoesToBin) return NotFound();
        var user = await UserAsync(ct);
        // From a list's mass actions: the ticked rows, shown side by side.
        if (!Request.Form.ContainsKey("target"))
        {
            var selection = MassSelection.Read(Request.Form);
            if (selection.Ids is not { Count: >= 2 and <= MergeRequest.MaxSources + 1 } ticked)
            {
                TempData["Flash"] = MergePageText.T("Cochez de 2 à {0} lignes à fusionner.", MergeRequest.MaxSources + 1);
                return Redirect(BaseUrl);
            }
            return Redirect($"{BaseUrl}/merge?ids={string.Join(',', ticked.Select(i => i.ToString(CultureInfo.InvariantCulture)))}");
        }

        var all = ParseIds(Request.Form["ids"]);
        _ = long.TryParse(Request.Form["target"], NumberStyles.None, CultureInfo.InvariantCulture, out var kept);
        var fields = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var key in Request.Form.Keys.Where(k => k.StartsWith(FieldPrefix, StringComparison.Ordinal)))
            if (long.TryParse(Request.Form[key], NumberStyles.None, CultureInfo.InvariantCulture, out var from))
                fields[key[FieldPrefix.Length..]] = from;
        var request = new MergeRequest(kept, all.Where(i => i != kept).ToList(), fields);
        var outcome = await Store.MergeAsync(user, request, ct);
        if (outcome.Status == MergeStatus.Merged)
        {
            var count = request.Sources.Count;
            TempData["Flash"] = count == 1
                ? MergePageText.T("Fusion faite : l'autre enregistrement est dans la corbeille, d'où vous pouvez le restaurer.")
                : MergePageText.T("Fusion faite : les {0} autres enregistrements sont dans la corbeille, d'où vous pouvez les restaurer.", count);
            return Redirect($"{BaseUrl}/{kept.ToString(CultureInfo.InvariantCulture)}");
        }
        if (outcome.Status == MergeStatus.Forbidden) return StatusCode(StatusCodes.Status403Forbidden);
        Errors = outcome.Errors;
        Refusal = outcome.Status switch
        {
            MergeStatus.Refused => outcome.Reason,
            MergeStatus.NotFound => MergePageText.T("Un des enregistrements est introuvable ou vous n'y avez pas accès : rien n'a été fusionné."),
            MergeStatus.VersionMismatch => MergePageText.T("Un des enregistrements a changé pendant la fusion : rien n'a été fait, vérifiez les valeurs et réessayez."),
            MergeStatus.Duplicate => MergePageText.T("Les valeurs choisies font de l'enregistrement conservé un doublon que la règle de ce module refuse : rien n'a été fusionné."),
            _ => Errors.Count > 0 ? MergePageText.T("La fusion n'a pas été faite : corrigez les choix signalés.") : null,
        };
        Duplicates = outcome.Duplicates?.Matches ?? [];
        await LoadAsync(all, kept, fields, ct);
        return Page();
    }

    private async Task LoadAsync(List<long> ids, long? target, IReadOnlyDictionary<string, long>? posted, CancellationToken ct)
    {
        var user = await UserAsync(ct);
        MayMerge = Store.MayDelete(user);
        if (ids.Count < 2) { Problem = MergePageText.T("Choisissez au moins deux enregistrements à fusionner."); return; }
        if (ids.Count > MergeRequest.MaxSources + 1) { Problem = MergePageText.T("Au plus {0} enregistrements se fusionnent à la fois.", MergeRequest.MaxSources + 1); return; }
        var records = new List<IRecord>();
        foreach (var id in ids)
            if (await Store.FindRecordAsync(user, id, ct) is { } record) records.Add(record);
        if (records.Count < ids.Count) { Problem = MergePageText.T("Un des enregistrements est introuvable ou vous n'y avez pas accès."); return; }
        Records = records;
        Target = target is long t && ids.Contains(t) ? t : ids[0];
        var names = await Names.ForAsync(Module, records, ct);
        string Show(IRecord record, FieldDefinition field) => field.Type.Format(field, FieldAccess.Get(record, field), names);
        Rows = Module.OrderedBlocks.SelectMany(b => Module.FieldsOf(b)).Where(f => f.Active)
            .Select(f => MergeRow.Of(Module, f, records, Target, Show, posted))
            .Where(r => r.Shown.Values.Any(v => v.Length > 0))
            .ToList();
    }

    /// <summary>One more than a merge takes, so that too many are said so rather than cut.</summary>
    private static List<long> ParseIds(Microsoft.Extensions.Primitives.StringValues values) =>
        MassSelection.ParseIds(values, MergeRequest.MaxSources + 2);
}
