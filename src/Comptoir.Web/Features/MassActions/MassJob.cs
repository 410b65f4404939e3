using Comptoir.Data.Jobs;
using Comptoir.Data.Settings;

namespace Comptoir.Web.Features.MassActions;

/// <summary>
/// A large mass action as a background job (Data/Jobs): its ids in order, or its filter walked by id, a batch at a
/// time, each record through <see cref="MassAction"/>. The cursor is the last id done, so a restarted job goes on
/// from there; a filter is read again at each batch, with the layout of the moment.
/// </summary>
public sealed class MassJob(RecordStores stores, SignedInUsers users, SettingsStore settings) : IJobHandler
{
    public const string UpdateKind = "mass-update", DeleteKind = "mass-delete";
    /// <summary>Records per batch (one transaction): small enough to keep SQLite's writer lock short.</summary>
    public const int BatchSize = 100;

    public static string KindOf(MassKind kind) => kind == MassKind.Update ? UpdateKind : DeleteKind;
    public static MassKind? KindOf(string kind) => kind switch { UpdateKind => MassKind.Update, DeleteKind => MassKind.Delete, _ => null };

    public static IServiceCollection Register(IServiceCollection services) =>
        services.AddJobHandler<MassJob>(UpdateKind).AddJobHandler<MassJob>(DeleteKind);

    /// <summary>The job's parameters: the request, and the language its reasons are written in.</summary>
    public static string Params(MassRequest request)
    {
        var json = new JsonObject();
        if (request.Ids is not null) json["ids"] = new JsonArray([.. request.Ids.Select(i => (JsonNode)i)]);
        else json["filter"] = new JsonObject(request.Filter!.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)new JsonArray([.. p.Value.Select(v => (JsonNode)v)]))));
        if (request.Set is not null) json["set"] = request.Set.DeepClone();
        json["with"] = new JsonArray([.. request.With.Select(w => (JsonNode)w)]);
        json["culture"] = CultureInfo.CurrentCulture.Name;
        json["uiCulture"] = CultureInfo.CurrentUICulture.Name;
        return json.ToJsonString();
    }

    public async Task<JobProgress> RunBatchAsync(JobBatch batch, CancellationToken ct)
    {
        settings.HoldForBatch();
        var job = batch.Job;
        var p = JsonNode.Parse(job.Params)!.AsObject();
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo((string?)p["culture"] ?? "fr-FR");
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo((string?)p["uiCulture"] ?? "fr");
        var user = (await users.LoadAsync(job.UserId, ct))?.User
            ?? throw new InvalidOperationException(MassText.T("L'utilisateur qui a lancé l'opération n'est plus actif."));
        var store = stores.For(job.Module) ?? throw new InvalidOperationException(MassText.T("Module inconnu : « {0} ».", job.Module));
        var kind = KindOf(job.Kind)!.Value;
        var filter = p["filter"] is JsonObject f ? f.ToDictionary(e => e.Key, e => e.Value!.AsArray().Select(v => (string)v!).ToArray(), StringComparer.Ordinal) : null;
        var request = new MassRequest(kind, p["ids"]?.AsArray().Select(i => (long)i!).ToList(), filter, p["set"] as JsonObject,
            p["with"]?.AsArray().Select(w => (string)w!).ToList() ?? []);

        var after = long.TryParse(job.Cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var last) ? last : 0;
        IReadOnlyList<long> ids;
        bool finished;
        if (request.Ids is { } chosen)
        {
            ids = chosen.Where(i => i > after).Take(BatchSize).ToList();
            finished = ids.Count == 0 || ids[^1] == chosen[^1];
        }
        else
        {
            var list = request.List(store.Module, out var errors)
                ?? throw new InvalidOperationException(string.Join(" ", errors.SelectMany(e => e.Value)));
            ids = await store.MatchingIdsAsync(user, list, after, BatchSize, ct);
            finished = ids.Count < BatchSize;
        }

        var report = new MassReport();
        foreach (var id in ids)
        {
            report.Add(await MassAction.ApplyAsync(store, user, request, id, ct));
            batch.Forget();
        }

        var counts = JsonNode.Parse(job.Counts) as JsonObject ?? [];
        var doneKey = MassReport.DoneKey(kind);
        counts[doneKey] = ((int?)counts[doneKey] ?? 0) + report.Done;
        counts["refused"] = ((int?)counts["refused"] ?? 0) + report.Refused;
        var refusals = JsonNode.Parse(job.Report) as JsonArray ?? [];
        foreach (var refusal in report.Refusals.Take(JobRunner.MaxReportEntries - refusals.Count)) refusals.Add(refusal.ToJson());
        return new JobProgress(job.Done + ids.Count, counts.ToJsonString(), refusals.ToJsonString(),
            ids.Count > 0 ? ids[^1].ToString(CultureInfo.InvariantCulture) : job.Cursor, finished);
    }
}
