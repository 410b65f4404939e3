namespace Comptoir.Data.Views;

/// <summary>What a change of a view came to.</summary>
public enum ViewOutcome { Done, NotFound, Forbidden, SharingRefused, DuplicateName }

/// <summary>A view as one user sees it: its owner's name, whether it is their default, whether they may change it.</summary>
public sealed record ViewItem(SavedView View, string OwnerName, bool IsDefault, bool Editable);

/// <summary>A change of a view: null leaves a part as it is.</summary>
public sealed record ViewChange(string? Name = null, bool? Shared = null, string? Query = null, bool? Default = null)
{
    /// <summary>Whether the change touches the view itself (not only the caller's own default).</summary>
    public bool ChangesView => Name is not null || Shared is not null || Query is not null;
}

/// <summary>
/// Saved views and their rules: a user sees their own views and the shared ones; changes and deletes their own
/// (administrators: any shared one too); shares one when they are an administrator or when the administrator lets
/// owners share (<see cref="OwnersShare"/>). Someone else's private view does not exist for them.
/// The query is stored as given: the caller validates it against the module, and again when it applies it.
/// </summary>
public sealed class SavedViewStore(AppDbContext db, IWriteGate gate, TimeProvider clock, SettingsStore settings)
{
    public const int MaxNameLength = 100, MaxQueryLength = 4000;

    /// <summary>Setting: owners may share their views with everyone (administrators always may).</summary>
    public const string OwnersShare = "views.ownersShare";

    public async Task<bool> MayShareAsync(UserContext user, CancellationToken ct) =>
        user.IsAdmin || await settings.GetBoolAsync(OwnersShare, ct);

    public static bool MayEdit(UserContext user, SavedView view) =>
        view.OwnerId == user.UserId || user.IsAdmin && view.Shared;

    private IQueryable<SavedView> Visible(UserContext user) =>
        db.Set<SavedView>().AsNoTracking().Where(v => v.OwnerId == user.UserId || v.Shared);

    /// <summary>The module's views the user sees: their own first, then the shared ones, each by name.</summary>
    public async Task<List<ViewItem>> ListAsync(UserContext user, string module, CancellationToken ct)
    {
        var rows = await (from v in Visible(user).Where(v => v.Module == module)
                          join u in db.Users on v.OwnerId equals u.Id
                          select new { View = v, u.DisplayName }).ToListAsync(ct);
        var defaultId = await DefaultIdAsync(user, module, ct);
        return rows.Select(r => new ViewItem(r.View, r.DisplayName, r.View.Id == defaultId, MayEdit(user, r.View)))
            .OrderBy(i => i.View.OwnerId != user.UserId).ThenBy(i => i.View.Name, StringComparer.CurrentCultureIgnoreCase).ThenBy(i => i.View.Id)
            .ToList();
    }

    /// <summary>The view if the user may see it, else null.</summary>
    public async Task<ViewItem?> FindAsync(UserContext user, long id, CancellationToken ct)
    {
        var row = await (from v in Visible(user).Where(v => v.Id == id)
                         join u in db.Users on v.OwnerId equals u.Id
                         select new { View = v, u.DisplayName }).FirstOrDefaultAsync(ct);
        if (row is null) return null;
        return new ViewItem(row.View, row.DisplayName, await DefaultIdAsync(user, row.View.Module, ct) == row.View.Id, MayEdit(user, row.View));
    }

    /// <summary>The user's default view of the module, if it is still one they see.</summary>
    public async Task<ViewItem?> DefaultAsync(UserContext user, string module, CancellationToken ct) =>
        await DefaultIdAsync(user, module, ct) is { } id ? await FindAsync(user, id, ct) : null;

    private Task<long?> DefaultIdAsync(UserContext user, string module, CancellationToken ct) =>
        db.Set<SavedViewDefault>().AsNoTracking().Where(d => d.UserId == user.UserId && d.Module == module)
            .Join(Visible(user), d => d.ViewId, v => v.Id, (d, v) => (long?)d.ViewId).FirstOrDefaultAsync(ct);

    public async Task<(ViewOutcome Outcome, ViewItem? View)> CreateAsync(UserContext user, string module, string name, bool shared,
        string query, bool makeDefault, CancellationToken ct)
    {
        if (shared && !await MayShareAsync(user, ct)) return (ViewOutcome.SharingRefused, null);
        var now = clock.GetUtcNow().UtcDateTime;
        var view = new SavedView { Module = module, Name = name, OwnerId = user.UserId, Shared = shared, Query = query, CreatedAt = now, UpdatedAt = now };
        using (await gate.EnterAsync(ct))
        {
            if (await NameTakenAsync(user.UserId, module, name, null, ct)) return (ViewOutcome.DuplicateName, null);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.Add(view);
            await db.SaveChangesAsync(ct);
            if (makeDefault) await SetDefaultAsync(user, view, true, ct);
            await transaction.CommitAsync(ct);
        }
        return (ViewOutcome.Done, await FindAsync(user, view.Id, ct));
    }

    public async Task<(ViewOutcome Outcome, ViewItem? View)> UpdateAsync(UserContext user, long id, ViewChange change, CancellationToken ct)
    {
        if (await FindAsync(user, id, ct) is not { } found) return (ViewOutcome.NotFound, null);
        if (change.ChangesView && !found.Editable) return (ViewOutcome.Forbidden, null);
        if (change.Shared == true && !found.View.Shared && !await MayShareAsync(user, ct)) return (ViewOutcome.SharingRefused, null);
        using (await gate.EnterAsync(ct))
        {
            var view = await db.Set<SavedView>().FirstOrDefaultAsync(v => v.Id == id, ct);
            if (view is null) return (ViewOutcome.NotFound, null);
            if (change.Name is not null && await NameTakenAsync(view.OwnerId, view.Module, change.Name, id, ct)) return (ViewOutcome.DuplicateName, null);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (change.ChangesView)
            {
                view.Name = change.Name ?? view.Name;
                view.Shared = change.Shared ?? view.Shared;
                view.Query = change.Query ?? view.Query;
                view.UpdatedAt = clock.GetUtcNow().UtcDateTime;
                await db.SaveChangesAsync(ct);
            }
            if (change.Default is { } makeDefault) await SetDefaultAsync(user, view, makeDefault, ct);
            await transaction.CommitAsync(ct);
        }
        return (ViewOutcome.Done, await FindAsync(user, id, ct) ?? found);
    }

    public async Task<ViewOutcome> DeleteAsync(UserContext user, long id, CancellationToken ct)
    {
        if (await FindAsync(user, id, ct) is not { } found) return ViewOutcome.NotFound;
        if (!found.Editable) return ViewOutcome.Forbidden;
        using (await gate.EnterAsync(ct))
        {
            // The defaults that named it go with it (cascade).
            await db.Set<SavedView>().Where(v => v.Id == id).ExecuteDeleteAsync(ct);
        }
        return ViewOutcome.Done;
    }

    // The same owner keeps one view of a name per module, whatever its case (a user has few views: compared here).
    private async Task<bool> NameTakenAsync(int ownerId, string module, string name, long? except, CancellationToken ct)
    {
        var names = await db.Set<SavedView>().Where(v => v.OwnerId == ownerId && v.Module == module && v.Id != except).Select(v => v.Name).ToListAsync(ct);
        return names.Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
    }

    private async Task SetDefaultAsync(UserContext user, SavedView view, bool makeDefault, CancellationToken ct)
    {
        var current = await db.Set<SavedViewDefault>().FirstOrDefaultAsync(d => d.UserId == user.UserId && d.Module == view.Module, ct);
        if (makeDefault)
        {
            if (current is null) db.Add(new SavedViewDefault { UserId = user.UserId, Module = view.Module, ViewId = view.Id });
            else current.ViewId = view.Id;
        }
        else if (current?.ViewId == view.Id) db.Remove(current);
        await db.SaveChangesAsync(ct);
    }
}
