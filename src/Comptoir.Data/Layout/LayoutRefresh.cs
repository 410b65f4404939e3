namespace Comptoir.Data.Layout;

/// <summary>
/// Brings the registry up to date with the layouts in the database, so that an administrator's change
/// in another process reaches this one within <see cref="LayoutRegistry.StaleAfter"/>; in between, a
/// request pays only a clock read.
/// </summary>
public sealed class LayoutRefresh(LayoutRegistry registry, AppDbContext db)
{
    public Task RefreshAsync(CancellationToken ct) => registry.RefreshAsync(db, force: false, ct);
}
