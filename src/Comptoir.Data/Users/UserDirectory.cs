using Comptoir.Core.Localization;
using Comptoir.Core.Teams;
using Comptoir.Core.Validation;
using Microsoft.AspNetCore.Identity;

namespace Comptoir.Data.Users;

/// <summary>
/// Creates, changes and deactivates users for the settings pages, the profile and the API alike.
/// Users are deactivated, never deleted: records keep pointing at them.
/// </summary>
public sealed class UserDirectory(AppDbContext db, UserManager<AppUser> users, IWriteGate gate)
{
    public const int MaxNameLength = 100;
    private const int MaxEmailLength = 254;

    public async Task<List<UserSummary>> ListAsync(int? afterId, int limit, bool? active, CancellationToken ct)
    {
        var query = db.Users.AsNoTracking();
        if (afterId is int after) query = query.Where(u => u.Id > after);
        if (active is bool a) query = query.Where(u => u.IsActive == a);
        var found = await query.OrderBy(u => u.Id).Take(limit).ToListAsync(ct);
        return await SummariseAsync(found, ct);
    }

    public async Task<List<UserSummary>> ListAllAsync(CancellationToken ct) =>
        (await SummariseAsync(await db.Users.AsNoTracking().ToListAsync(ct), ct))
        .OrderBy(u => u.DisplayName, StringComparer.CurrentCultureIgnoreCase).ToList();

    public async Task<UserSummary?> FindAsync(int id, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct);
        return user is null ? null : (await SummariseAsync([user], ct))[0];
    }

    private async Task<List<UserSummary>> SummariseAsync(List<AppUser> found, CancellationToken ct)
    {
        var ids = found.Select(u => u.Id).ToList();
        var memberships = (await db.TeamMembers.AsNoTracking().Where(m => ids.Contains(m.UserId)).ToListAsync(ct))
            .ToLookup(m => m.UserId, m => m.TeamId);
        return found.Select(u => new UserSummary(u.Id, u.UserName ?? "", u.DisplayName, u.Email, u.IsAdmin, u.IsActive, u.Locale,
            memberships[u.Id].Order().ToList(), u.Version)).ToList();
    }

    public async Task<DirectoryResult<UserSummary>> CreateAsync(UserChanges changes, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(changes.UserName)) errors.Add("username", UserDirectoryText.T("L'identifiant est obligatoire."));
        else CheckLength(errors, "username", UserDirectoryText.T("Identifiant"), changes.UserName.Trim(), MaxNameLength);
        if (string.IsNullOrWhiteSpace(changes.DisplayName)) errors.Add("displayName", UserDirectoryText.T("Le nom affiché est obligatoire."));
        if (string.IsNullOrEmpty(changes.Password)) errors.Add("password", UserDirectoryText.T("Le mot de passe est obligatoire."));
        CheckCommon(errors, changes, emailBefore: null);
        await CheckTeamsAsync(errors, changes.Teams, ct);

        var user = new AppUser
        {
            UserName = changes.UserName?.Trim() ?? "",
            DisplayName = changes.DisplayName?.Trim() ?? "",
            Email = NullIfEmpty(changes.Email),
            IsAdmin = changes.IsAdmin ?? false,
            IsActive = changes.IsActive ?? true,
            Locale = NullIfEmpty(changes.Locale),
            CreatedAt = DateTime.UtcNow,
            LockoutEnabled = true,
            Version = 1,
        };
        // Identity checks the password before the username and stops at the first failure: ask both, to report every field at once.
        if (!errors.Has("username")) await ValidateUserAsync(errors, user);
        if (!string.IsNullOrEmpty(changes.Password)) await ValidatePasswordAsync(errors, user, changes.Password, "password");
        if (errors.Any) return new(DirectoryStatus.Invalid, Errors: errors);

        using (await gate.EnterAsync(ct))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var result = await users.CreateAsync(user, changes.Password!);
            if (!result.Succeeded)
            {
                errors.Add(result);
                return new(DirectoryStatus.Invalid, Errors: errors);
            }
            if (changes.Teams is { Count: > 0 } teams) await SetTeamsAsync(user.Id, teams, ct);
            await transaction.CommitAsync(ct);
        }
        return new(DirectoryStatus.Saved, await FindAsync(user.Id, ct));
    }

    /// <param name="actor">Who asks: an administrator may not lock themself out.</param>
    /// <param name="expectedVersion">From If-Match or the edit form's hidden version.</param>
    public async Task<DirectoryResult<UserSummary>> UpdateAsync(UserContext actor, int id, UserChanges changes, int? expectedVersion, CancellationToken ct)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null) return new(DirectoryStatus.NotFound);
        if (expectedVersion is int v && v != user.Version) return new(DirectoryStatus.VersionMismatch);

        var errors = new FieldErrors();
        if (changes.UserName is not null && changes.UserName.Trim() != user.UserName)
            errors.Add("username", UserDirectoryText.T("L'identifiant ne peut pas être modifié."));
        if (changes.DisplayName is not null && string.IsNullOrWhiteSpace(changes.DisplayName))
            errors.Add("displayName", UserDirectoryText.T("Le nom affiché est obligatoire."));
        CheckCommon(errors, changes, emailBefore: user.Email);
        if (actor.UserId == id && changes.IsActive == false)
            errors.Add("isActive", UserDirectoryText.T("Vous ne pouvez pas désactiver votre propre compte."));
        if (actor.UserId == id && user.IsAdmin && changes.IsAdmin == false)
            errors.Add("isAdmin", UserDirectoryText.T("Vous ne pouvez pas retirer vos propres droits d'administrateur."));
        if (!string.IsNullOrEmpty(changes.Password)) await ValidatePasswordAsync(errors, user, changes.Password, "password");
        await CheckTeamsAsync(errors, changes.Teams, ct);
        if (errors.Any) return new(DirectoryStatus.Invalid, Errors: errors);

        var renamed = changes.DisplayName is not null && changes.DisplayName.Trim() != user.DisplayName;
        if (changes.DisplayName is not null) user.DisplayName = changes.DisplayName.Trim();
        if (changes.Email is not null) user.Email = NullIfEmpty(changes.Email);
        if (changes.Locale is not null) user.Locale = NullIfEmpty(changes.Locale);
        if (changes.IsAdmin is bool admin) user.IsAdmin = admin;
        if (changes.IsActive is bool active) user.IsActive = active;
        if (!string.IsNullOrEmpty(changes.Password))
        {
            user.PasswordHash = users.PasswordHasher.HashPassword(user, changes.Password);
            // As Identity does on a reset: a new stamp ends the sessions opened with the old password.
            user.SecurityStamp = Guid.NewGuid().ToString("N");
        }
        user.Version++;

        using (await gate.EnterAsync(ct))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            IdentityResult result;
            try
            {
                result = await users.UpdateAsync(user);
            }
            catch (DbUpdateConcurrencyException)
            {
                return new(DirectoryStatus.VersionMismatch);
            }
            if (!result.Succeeded)
            {
                if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
                    return new(DirectoryStatus.VersionMismatch);
                errors.Add(result);
                return new(DirectoryStatus.Invalid, Errors: errors);
            }
            // Lists sort by the assignee's name, kept on each record: follow the rename in one statement.
            if (renamed)
            {
                await db.Accounts.IgnoreQueryFilters().Where(a => a.AssignedUserId == id)
                    .ExecuteUpdateAsync(s => s.SetProperty(a => a.AssigneeName, user.DisplayName), ct);
                await db.Contacts.IgnoreQueryFilters().Where(c => c.AssignedUserId == id)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.AssigneeName, user.DisplayName), ct);
            }
            if (changes.Teams is not null) await SetTeamsAsync(id, changes.Teams, ct);
            await transaction.CommitAsync(ct);
        }
        return new(DirectoryStatus.Saved, await FindAsync(id, ct));
    }

    public Task<DirectoryResult<UserSummary>> DeactivateAsync(UserContext actor, int id, int? expectedVersion, CancellationToken ct) =>
        UpdateAsync(actor, id, new UserChanges { IsActive = false }, expectedVersion, ct);

    /// <summary>A user's own password change: the current one must be right.</summary>
    public async Task<FieldErrors> ChangePasswordAsync(int id, string? current, string? next, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrEmpty(current)) errors.Add("currentPassword", UserDirectoryText.T("Saisissez votre mot de passe actuel."));
        if (string.IsNullOrEmpty(next)) errors.Add("newPassword", UserDirectoryText.T("Saisissez le nouveau mot de passe."));
        var user = await users.FindByIdAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (user is null) errors.Add(FieldErrors.General, UserDirectoryText.T("Utilisateur introuvable."));
        if (errors.Any) return errors;

        using (await gate.EnterAsync(ct))
        {
            user!.Version++;
            var result = await users.ChangePasswordAsync(user, current!, next!);
            if (!result.Succeeded) errors.Add(result, passwordKey: "newPassword");
        }
        return errors;
    }

    /// <summary>Membership seen from the user: adds and removes rows, and bumps the teams' versions (their ETag changes).</summary>
    private async Task SetTeamsAsync(int userId, IReadOnlyList<int> teamIds, CancellationToken ct)
    {
        var wanted = teamIds.ToHashSet();
        var current = await db.TeamMembers.Where(m => m.UserId == userId).ToListAsync(ct);
        var removed = current.Where(m => !wanted.Contains(m.TeamId)).ToList();
        var added = wanted.Where(t => current.All(m => m.TeamId != t)).ToList();
        if (removed.Count == 0 && added.Count == 0) return;
        db.TeamMembers.RemoveRange(removed);
        db.TeamMembers.AddRange(added.Select(t => new TeamMember { TeamId = t, UserId = userId }));
        var touched = removed.Select(m => m.TeamId).Concat(added).ToList();
        foreach (var team in await db.Teams.Where(t => touched.Contains(t.Id)).ToListAsync(ct))
        {
            team.Version++;
            team.UpdatedAt = DateTime.UtcNow;
        }
        await db.SaveChangesAsync(ct);
    }

    private static void CheckCommon(FieldErrors errors, UserChanges changes, string? emailBefore)
    {
        if (changes.DisplayName is { } name) CheckLength(errors, "displayName", UserDirectoryText.T("Nom affiché"), name.Trim(), MaxNameLength);
        var email = changes.Email?.Trim();
        // An address already on file (admin@localhost) stays acceptable until someone changes it.
        if (!string.IsNullOrEmpty(email) && email != emailBefore
            && (email.Length > MaxEmailLength || !EmailAddress.IsValid(email)))
            errors.Add("email", Texts.T("Adresse email invalide (exemple : nom@societe.fr)."));
        if (changes.Locale is not null and not ("" or "fr" or "en"))
            errors.Add("locale", UserDirectoryText.T("Langue inconnue : choisissez « fr », « en » ou rien (automatique)."));
    }

    private static void CheckLength(FieldErrors errors, string key, string label, string value, int max)
    {
        if (value.Length > max) errors.Add(key, UserDirectoryText.T("« {0} » ne doit pas dépasser {1} caractères ({2} saisis).", label, max, value.Length));
    }

    private async Task CheckTeamsAsync(FieldErrors errors, IReadOnlyList<int>? teams, CancellationToken ct)
    {
        if (teams is not { Count: > 0 }) return;
        var distinct = teams.Distinct().ToList();
        var known = await db.Teams.AsNoTracking().Where(t => distinct.Contains(t.Id)).Select(t => t.Id).ToListAsync(ct);
        foreach (var missing in distinct.Except(known))
            errors.Add("teams", UserDirectoryText.T("Équipe inconnue : {0}.", missing));
    }

    private async Task ValidateUserAsync(FieldErrors errors, AppUser user)
    {
        foreach (var validator in users.UserValidators)
        {
            var result = await validator.ValidateAsync(users, user);
            if (!result.Succeeded) errors.Add(result);
        }
    }

    private async Task ValidatePasswordAsync(FieldErrors errors, AppUser user, string password, string key)
    {
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            if (!result.Succeeded) errors.Add(result, passwordKey: key);
        }
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
