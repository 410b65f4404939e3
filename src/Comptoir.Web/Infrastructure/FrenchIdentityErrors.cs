using Microsoft.AspNetCore.Identity;

namespace Comptoir.Web.Infrastructure;

/// <summary>Identity's messages in the user's language (French by default) instead of its built-in English.</summary>
public sealed class FrenchIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = SharedText.T("Le mot de passe doit compter au moins {0} caractères.", length) };
    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = SharedText.T("L'identifiant « {0} » est déjà utilisé.", userName) };
    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = SharedText.T("L'identifiant ne peut contenir que des lettres sans accent, des chiffres et . _ - @") };
    public override IdentityError InvalidEmail(string? email) =>
        new() { Code = nameof(InvalidEmail), Description = SharedText.T("Adresse email invalide (exemple : nom@societe.fr).") };
    public override IdentityError PasswordMismatch() =>
        new() { Code = nameof(PasswordMismatch), Description = SharedText.T("Mot de passe incorrect.") };
    public override IdentityError ConcurrencyFailure() =>
        new() { Code = nameof(ConcurrencyFailure), Description = SharedText.T("Cet utilisateur a été modifié entre-temps ; rechargez la page.") };
    public override IdentityError DefaultError() =>
        new() { Code = nameof(DefaultError), Description = SharedText.T("L'opération a échoué.") };
}
