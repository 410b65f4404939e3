using Comptoir.Web.Features.Imports;

namespace Comptoir.Web.Features.FieldTypes.Owner;

/// <summary>
/// « Assigné à » in an imported file: an active user by name, login or email, or a team by name (compared without
/// case or accents), as vtiger exports them; « user:3 » and « team:2 » are taken as they are.
/// </summary>
public static class OwnerImport
{
    public static async Task<ImportedText> TextAsync(FieldDefinition field, string cell, ImportLookups lookups, CancellationToken ct)
    {
        if (OwnerRef.TryParse(cell) is not null) return ImportedText.Ok(cell);
        var key = SearchKey.Fold(cell);
        var users = (await lookups.UsersAsync(ct))
            .Where(u => SearchKey.Fold(u.DisplayName) == key || SearchKey.Fold(u.UserName) == key || SearchKey.Fold(u.Email) == key).ToList();
        var teams = (await lookups.TeamsAsync(ct)).Where(t => SearchKey.Fold(t.Name) == key).ToList();
        return (users.Count + teams.Count) switch
        {
            1 => ImportedText.Ok(users.Count == 1 ? new OwnerRef(OwnerKind.User, users[0].Id).ToString() : new OwnerRef(OwnerKind.Team, teams[0].Id).ToString()),
            0 => ImportedText.Fail(ImportsText.T("Aucun utilisateur actif ni aucune équipe ne s'appelle « {0} ».", cell)),
            _ => ImportedText.Fail(ImportsText.T("Plusieurs utilisateurs ou équipes s'appellent « {0} » : indiquez l'identifiant de connexion.", cell)),
        };
    }
}
