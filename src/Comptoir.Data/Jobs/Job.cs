namespace Comptoir.Data.Jobs;

/// <summary>
/// Work too long for a request (a mass action on a filter, later an import), done in the background by
/// <see cref="JobRunner"/> batch after batch. What it has done is recorded with each batch, in the batch's
/// transaction, so a restarted server continues from there and does nothing twice.
/// </summary>
public sealed class Job
{
    public long Id { get; set; }
    /// <summary>Which <see cref="IJobHandler"/> runs it (« mass-update », « mass-delete »…).</summary>
    public string Kind { get; set; } = "";
    /// <summary>The module it works on: one job at a time runs per module.</summary>
    public string Module { get; set; } = "";
    /// <summary>Who asked: the job acts with their rights, and only they (or an administrator) read it.</summary>
    public int UserId { get; set; }
    public string Status { get; set; } = JobStatus.Queued;
    /// <summary>Items to do (records, rows); 0 when not known beforehand.</summary>
    public int Total { get; set; }
    public int Done { get; set; }
    /// <summary>The handler's counts as a JSON object ({"updated": 10, "refused": 2}).</summary>
    public string Counts { get; set; } = "{}";
    /// <summary>The handler's report as a JSON array (refusals, failed rows), kept to <see cref="JobRunner.MaxReportEntries"/>.</summary>
    public string Report { get; set; } = "[]";
    /// <summary>What the job was asked to do, as its handler reads it (JSON).</summary>
    public string Params { get; set; } = "{}";
    /// <summary>Where the next batch starts (the handler's own bookmark: a record id, a line…).</summary>
    public string? Cursor { get; set; }
    /// <summary>Why it stopped, when it failed.</summary>
    public string? Error { get; set; }
    /// <summary>The runner that holds it while it runs; another may take it over once <see cref="UpdatedAt"/> is older than the lease.</summary>
    public string? Runner { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

public static class JobStatus
{
    public const string Queued = "queued", Running = "running", Done = "done", Failed = "failed";
}
