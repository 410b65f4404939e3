using Comptoir.Data.Jobs;
using Comptoir.Data.Settings;

namespace Comptoir.Web.Features.MassActions;

/// <summary>A mass action's answer: its report when it ran in the request, or the job that runs it.</summary>
public sealed record MassOutcome(MassReport? Report, Job? Job);

public static class MassRun
{
    /// <summary>Ticked ids up to this many run in the request; more, or a filter, run as a job.</summary>
    public const int InRequestLimit = 500;

    public static async Task<MassOutcome> RunAsync(IRecordStore store, UserContext user, MassRequest request, JobStore jobs, SettingsStore settings, CancellationToken ct)
    {
        if (request.Ids is { Count: <= InRequestLimit } ids)
        {
            // The batch reads each setting once; the job does the same per batch.
            settings.HoldForBatch();
            var report = new MassReport();
            foreach (var id in ids) report.Add(await MassAction.ApplyAsync(store, user, request, id, ct));
            return new(report, null);
        }
        var total = request.Ids?.Count ?? await store.CountAsync(user, request.List(store.Module, out _)!, int.MaxValue, ct);
        return new(null, await jobs.EnqueueAsync(MassJob.KindOf(request.Kind), store.Module.Name, user, total, MassJob.Params(request), ct));
    }
}
