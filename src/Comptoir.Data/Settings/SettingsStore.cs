namespace Comptoir.Data.Settings;

/// <summary>Reads and writes settings in the database; read per request, so a change applies on every instance at once.</summary>
public sealed class SettingsStore(AppDbContext db)
{
    public const string AccountsPrivate = "accounts.private";

    // Set by HoldForBatch: a batch of saves reads each setting once instead of once per record.
    private Dictionary<string, object?>? held;

    /// <summary>
    /// Keeps what this scope reads until the next write: for a batch (a mass action) that saves
    /// hundreds of records in one request, where a setting changed mid-batch may apply to the next one.
    /// </summary>
    public void HoldForBatch() => held ??= [];

    /// <summary>Reads a value derived from settings, once per batch when <see cref="HoldForBatch"/> was called.</summary>
    public async Task<TValue> ReadAsync<TValue>(string key, Func<CancellationToken, Task<TValue>> read, CancellationToken ct)
    {
        if (held is not null && held.TryGetValue(key, out var value)) return (TValue)value!;
        var fresh = await read(ct);
        held?.TryAdd(key, fresh);
        return fresh;
    }

    public async Task<bool> GetBoolAsync(string key, CancellationToken ct) => await GetAsync(key, ct) == "true";

    public Task SetBoolAsync(string key, bool value, CancellationToken ct) => SetAsync(key, value ? "true" : "false", ct);

    public Task<string?> GetAsync(string key, CancellationToken ct) =>
        ReadAsync(key, c => db.Settings.AsNoTracking().Where(s => s.Key == key).Select(s => s.Value).FirstOrDefaultAsync(c), ct);

    public async Task SetAsync(string key, string value, CancellationToken ct)
    {
        var setting = await db.Settings.FindAsync([key], ct);
        if (setting is null) db.Settings.Add(new Setting { Key = key, Value = value });
        else setting.Value = value;
        await db.SaveChangesAsync(ct);
        held?.Clear();
    }

    /// <summary>Whether records of a module are visible only to their assignee, team and administrators.</summary>
    public Task<bool> IsPrivateAsync(string module, CancellationToken ct) => GetBoolAsync(module + ".private", ct);
}
