using Comptoir.Data.Duplicates;
using Comptoir.Data.Jobs;
using Comptoir.Data.Modules;

namespace Comptoir.Web.Features.Duplicates;

/// <summary>
/// « Trouver les doublons » as a background job (Data/Jobs): one batch of the duplicate index per job batch
/// (<see cref="DuplicateGroupFinder"/>), criterion after criterion, its groups written with the batch; a last batch
/// merges them and replaces the module's previous run. The criteria are fixed when the run starts (its params) and the
/// cursor is the criterion and the last term done, so a restarted job goes on where it was.
/// </summary>
public sealed class FindJob(ModuleCatalog catalog, DuplicateGroupStore groups) : IJobHandler
{
    public static IServiceCollection Register(IServiceCollection services) => services.AddJobHandler<FindJob>(DuplicateGroupStore.JobKind);

    public static string Params(IReadOnlyList<IReadOnlyList<string>> criteria) => new JsonObject
    {
        ["criteria"] = new JsonArray([.. criteria.Select(c => (JsonNode)new JsonArray([.. c.Select(f => (JsonNode)f)]))]),
    }.ToJsonString();

    public async Task<JobProgress> RunBatchAsync(JobBatch batch, CancellationToken ct)
    {
        var job = batch.Job;
        var criteria = (JsonNode.Parse(job.Params)?["criteria"] as JsonArray ?? [])
            .Select(c => (IReadOnlyList<string>)c!.AsArray().Select(f => (string)f!).ToList()).ToList();
        var registration = catalog.Find(job.Module) ?? throw new InvalidOperationException(DuplicatesText.T("Module inconnu : « {0} ».", job.Module));
        var counts = JsonNode.Parse(job.Counts) as JsonObject ?? [];
        var found = (int?)counts["found"] ?? 0;
        var (criterion, after) = ReadCursor(job.Cursor);

        if (criterion >= criteria.Count || found >= DuplicateGroupFinder.MaxGroups)
        {
            counts["groups"] = await groups.FinishAsync(job, ct);
            return new JobProgress(Math.Max(job.Done, job.Total), counts.ToJsonString(), job.Report, job.Cursor, Finished: true);
        }

        var fields = criteria[criterion];
        var next = await groups.NextAsync(registration, fields, after, ct);
        var kept = next.Groups.Take(DuplicateGroupFinder.MaxGroups - found).ToList();
        if (kept.Count < next.Groups.Count) counts["capped"] = true;
        await groups.AddAsync(job, fields, kept, ct);
        counts["found"] = found + kept.Count;
        var position = next.Next is null ? Cursor(criterion + 1, null) : Cursor(criterion, next.Next);
        return new JobProgress(Math.Min(job.Done + next.Rows, job.Total), counts.ToJsonString(), job.Report, position, Finished: false);
    }

    /// <summary>« criterion|last term done » (a term is at most 64 characters, within the cursor's 200 whatever its letters).</summary>
    private static string Cursor(int criterion, string? after) => criterion.ToString(CultureInfo.InvariantCulture) + "|" + after;

    private static (int Criterion, string? After) ReadCursor(string? cursor)
    {
        if (cursor?.IndexOf('|', StringComparison.Ordinal) is not int bar || bar < 0) return (0, null);
        var criterion = int.Parse(cursor.AsSpan(0, bar), NumberStyles.None, CultureInfo.InvariantCulture);
        return (criterion, bar + 1 < cursor.Length ? cursor[(bar + 1)..] : null);
    }
}

/// <summary>Starting « Trouver les doublons », for the page and the API alike.</summary>
public static class FindStart
{
    /// <summary>
    /// The module's search still queued or running that the user may follow, or a new one over the rule's criteria
    /// (or the module's proposal), its total the index rows it will walk.
    /// </summary>
    public static async Task<Job> StartAsync(IRecordStore store, UserContext user, IServiceProvider services, CancellationToken ct)
    {
        var groups = services.GetRequiredService<DuplicateGroupStore>();
        var module = store.Module;
        if (await groups.PendingAsync(module.Name, ct) is { } pending && (user.IsAdmin || pending.UserId == user.UserId)) return pending;
        var rule = await DuplicateRules.GetAsync(services.GetRequiredService<Data.Settings.SettingsStore>(), module, ct);
        var criteria = DuplicateGroupFinder.CriteriaOf(module, rule);
        var total = await groups.CountKeysAsync(module.Name, criteria, ct);
        return await services.GetRequiredService<JobStore>().EnqueueAsync(DuplicateGroupStore.JobKind, module.Name, user, total, FindJob.Params(criteria), ct);
    }
}
