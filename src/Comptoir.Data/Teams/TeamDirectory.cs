using Comptoir.Core.Teams;
using Comptoir.Core.Validation;
using Comptoir.Data.Users;

namespace Comptoir.Data.Teams;

/// <summary>Creates, changes and deletes teams and their members, for the settings pages and the API alike.</summary>
public sealed class TeamDirectory(AppDbContext db, IWriteGate gate)
{
    public const int MaxNameLength = 100;
    public const int MaxDescriptionLength = 1000;

    public async Task<List<TeamSummary>> ListAsync(int? afterId, int limit, CancellationToken ct)
    {
        var query = db.Teams.AsNoTracking().Include(t => t.Members).AsQueryable();
        if (afterId is int after) query = query.Where(t => t.Id > after);
        return (await query.OrderBy(t => t.Id).Take(limit).ToListAsync(ct)).Select(Summarise).ToList();
    }

    public async Task<List<TeamSummary>> ListAllAsync(CancellationToken ct) =>
        (await db.Teams.AsNoTracking().Include(t => t.Members).ToListAsync(ct))
        .Select(Summarise).OrderBy(t => t.Name, StringComparer.CurrentCultureIgnoreCase).ToList();

    public async Task<TeamSummary?> FindAsync(int id, CancellationToken ct) =>
        await db.Teams.AsNoTracking().Include(t => t.Members).FirstOrDefaultAsync(t => t.Id == id, ct) is { } team ? Summarise(team) : null;

    /// <summary>Records still assigned to the team: it cannot be deleted while there are any.</summary>
    public async Task<int> AssignedCountAsync(int id, CancellationToken ct) =>
        // Records in the recycle bin count too: they still hold the team, and a restore must find it.
        await db.Accounts.IgnoreQueryFilters().CountAsync(a => a.AssignedTeamId == id, ct)
        + await db.Contacts.IgnoreQueryFilters().CountAsync(c => c.AssignedTeamId == id, ct);

    public async Task<DirectoryResult<TeamSummary>> CreateAsync(TeamChanges changes, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(changes.Name)) errors.Add("name", TeamDirectoryText.T("Le nom de l'équipe est obligatoire."));
        await CheckAsync(errors, changes, null, ct);
        if (errors.Any) return new(DirectoryStatus.Invalid, Errors: errors);

        var now = DateTime.UtcNow;
        var team = new Team
        {
            Name = changes.Name!.Trim(),
            Description = changes.Description?.Trim() ?? "",
            Members = (changes.Members ?? []).Distinct().Select(u => new TeamMember { UserId = u }).ToList(),
            Version = 1,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Teams.Add(team);
        if (!await SaveAsync(errors, ct)) return new(DirectoryStatus.Invalid, Errors: errors);
        return new(DirectoryStatus.Saved, Summarise(team));
    }

    public async Task<DirectoryResult<TeamSummary>> UpdateAsync(int id, TeamChanges changes, int? expectedVersion, CancellationToken ct)
    {
        var team = await db.Teams.Include(t => t.Members).FirstOrDefaultAsync(t => t.Id == id, ct);
        if (team is null) return new(DirectoryStatus.NotFound);
        if (expectedVersion is int v && v != team.Version) return new(DirectoryStatus.VersionMismatch);

        var errors = new FieldErrors();
        if (changes.Name is not null && string.IsNullOrWhiteSpace(changes.Name)) errors.Add("name", TeamDirectoryText.T("Le nom de l'équipe est obligatoire."));
        await CheckAsync(errors, changes, id, ct);
        if (errors.Any) return new(DirectoryStatus.Invalid, Errors: errors);

        var renamed = changes.Name is not null && changes.Name.Trim() != team.Name;
        if (changes.Name is not null) team.Name = changes.Name.Trim();
        if (changes.Description is not null) team.Description = changes.Description.Trim();
        if (changes.Members is not null)
        {
            var wanted = changes.Members.ToHashSet();
            team.Members.RemoveAll(m => !wanted.Contains(m.UserId));
            team.Members.AddRange(wanted.Where(u => team.Members.All(m => m.UserId != u)).Select(u => new TeamMember { TeamId = id, UserId = u }));
        }
        team.Version++;
        team.UpdatedAt = DateTime.UtcNow;

        using (await gate.EnterAsync(ct))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                return new(DirectoryStatus.VersionMismatch);
            }
            catch (DbUpdateException)
            {
                // The unique index caught a name taken between our check and the save.
                errors.Add("name", TeamDirectoryText.T("Une équipe porte déjà ce nom."));
                return new(DirectoryStatus.Invalid, Errors: errors);
            }
            // Lists sort by the assignee's name, kept on each record: follow the rename in one statement.
            if (renamed)
            {
                await db.Accounts.IgnoreQueryFilters().Where(a => a.AssignedTeamId == id)
                    .ExecuteUpdateAsync(s => s.SetProperty(a => a.AssigneeName, team.Name), ct);
                await db.Contacts.IgnoreQueryFilters().Where(c => c.AssignedTeamId == id)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.AssigneeName, team.Name), ct);
            }
            await transaction.CommitAsync(ct);
        }
        return new(DirectoryStatus.Saved, Summarise(team));
    }

    /// <returns>Conflict (with a message naming the count) while accounts are still assigned to the team.</returns>
    public async Task<DirectoryResult<TeamSummary>> DeleteAsync(int id, int? expectedVersion, CancellationToken ct)
    {
        var team = await db.Teams.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (team is null) return new(DirectoryStatus.NotFound);
        if (expectedVersion is int v && v != team.Version) return new(DirectoryStatus.VersionMismatch);
        using (await gate.EnterAsync(ct))
        {
            var assigned = await AssignedCountAsync(id, ct);
            if (assigned > 0)
                return new(DirectoryStatus.Conflict, Message: TeamDirectoryText.T(
                    "L'équipe « {0} » ne peut pas être supprimée : {1} compte(s) client(s) lui sont encore assigné(s). Réassignez-les d'abord.",
                    team.Name, assigned));
            db.Teams.Remove(team);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                return new(DirectoryStatus.VersionMismatch);
            }
        }
        return new(DirectoryStatus.Saved);
    }

    private async Task CheckAsync(FieldErrors errors, TeamChanges changes, int? id, CancellationToken ct)
    {
        var name = changes.Name?.Trim();
        if (name is { Length: > MaxNameLength })
            errors.Add("name", TeamDirectoryText.T("Le nom ne doit pas dépasser {0} caractères ({1} saisis).", MaxNameLength, name.Length));
        else if (!string.IsNullOrEmpty(name))
        {
            var lower = name.ToLowerInvariant();
            // ToLower is what EF translates on both databases (string.Equals with a comparison is not).
#pragma warning disable CA1862
            if (await db.Teams.AnyAsync(t => t.Id != id && t.Name.ToLower() == lower, ct))
#pragma warning restore CA1862
                errors.Add("name", TeamDirectoryText.T("Une équipe porte déjà ce nom."));
        }
        if (changes.Description?.Trim() is { Length: > MaxDescriptionLength } description)
            errors.Add("description", TeamDirectoryText.T("La description ne doit pas dépasser {0} caractères ({1} saisis).", MaxDescriptionLength, description.Length));
        if (changes.Members is { Count: > 0 } members)
        {
            var distinct = members.Distinct().ToList();
            var known = await db.Users.AsNoTracking().Where(u => distinct.Contains(u.Id)).Select(u => u.Id).ToListAsync(ct);
            foreach (var missing in distinct.Except(known))
                errors.Add("members", TeamDirectoryText.T("Utilisateur inconnu : {0}.", missing));
        }
    }

    private async Task<bool> SaveAsync(FieldErrors errors, CancellationToken ct)
    {
        try
        {
            using (await gate.EnterAsync(ct)) await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            errors.Add("name", TeamDirectoryText.T("Une équipe porte déjà ce nom."));
            return false;
        }
    }

    private static TeamSummary Summarise(Team team) =>
        new(team.Id, team.Name, team.Description, team.Members.Select(m => m.UserId).Order().ToList(), team.Version);
}
