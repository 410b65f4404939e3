using System.Collections.Frozen;
using Comptoir.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace Comptoir.Web.Infrastructure.Passwords;

/// <summary>
/// What Identity's length rule does not catch: a password among the most common ones (the shipped
/// list, compared without case), or one that contains the username. Identity runs it wherever a
/// password is set: the users' settings and API, « Mon profil », the first administrator, demo users.
/// </summary>
public sealed class PasswordPolicy : IPasswordValidator<AppUser>
{
    /// <summary>Twelve characters, as the issue asks; Identity's own rule (character classes off: length is what counts).</summary>
    public const int MinimumLength = 12;

    private static readonly Lazy<FrozenSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (string.IsNullOrEmpty(password)) return Task.FromResult(IdentityResult.Success);
        var errors = new List<IdentityError>();
        if (IsCommon(password))
            errors.Add(new() { Code = "PasswordTooCommon", Description = SharedText.T("Ce mot de passe fait partie des plus courants : choisissez-en un autre.") });
        // Three characters at least: a one-letter username would forbid every password that contains that letter.
        if (user.UserName is { Length: >= 3 } name && password.Contains(name.Trim(), StringComparison.OrdinalIgnoreCase))
            errors.Add(new() { Code = "PasswordContainsUserName", Description = SharedText.T("Le mot de passe ne doit pas contenir l'identifiant.") });
        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }

    public static bool IsCommon(string password) => Common.Value.Contains(password);

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(PasswordPolicy).Assembly.GetManifestResourceStream("Comptoir.common-passwords.txt")
            ?? throw new InvalidOperationException("The embedded list of common passwords is missing.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
            if (line.Length > 0) words.Add(line);
        return words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
