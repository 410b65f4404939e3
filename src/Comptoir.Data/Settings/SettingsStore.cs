namespace Comptoir.Data.Settings;

/// <summary>Reads and writes settings in the database; read per request, so a change applies on every instance at once.</summary>
public sealed class SettingsStore(AppDbContext db)
{
    public const string AccountsPrivate = "accounts.private";

    public async Task<bool> GetBoolAsync(string key, CancellationToken ct) =>
        await db.Settings.AsNoTracking().Where(s => s.Key == key).Select(s => s.Value).FirstOrDefaultAsync(ct) == "true";

    public async Task SetBoolAsync(string key, bool value, CancellationToken ct)
    {
        var setting = await db.Settings.FindAsync([key], ct);
        if (setting is null) db.Settings.Add(new Setting { Key = key, Value = value ? "true" : "false" });
        else setting.Value = value ? "true" : "false";
        await db.SaveChangesAsync(ct);
    }

    public async Task<string?> GetAsync(string key, CancellationToken ct) =>
        await db.Settings.AsNoTracking().Where(s => s.Key == key).Select(s => s.Value).FirstOrDefaultAsync(ct);

    public async Task SetAsync(string key, string value, CancellationToken ct)
    {
        var setting = await db.Settings.FindAsync([key], ct);
        if (setting is null) db.Settings.Add(new Setting { Key = key, Value = value });
        else setting.Value = value;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Whether records of a module are visible only to their assignee, team and administrators.</summary>
    public Task<bool> IsPrivateAsync(string module, CancellationToken ct) => GetBoolAsync(module + ".private", ct);
}
