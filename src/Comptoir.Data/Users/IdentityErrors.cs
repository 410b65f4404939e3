using Comptoir.Core.Validation;
using Microsoft.AspNetCore.Identity;

namespace Comptoir.Data.Users;

public static class IdentityErrors
{
    /// <summary>Identity's own errors (password rules, duplicate username…) placed on the field they concern.</summary>
    public static void Add(this FieldErrors errors, IdentityResult result, string passwordKey = "password")
    {
        foreach (var error in result.Errors)
            errors.Add(error.Code switch
            {
                nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.InvalidUserName) => "username",
                nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.DuplicateEmail) => "email",
                nameof(IdentityErrorDescriber.PasswordMismatch) => "currentPassword",
                _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => passwordKey,
                _ => FieldErrors.General,
            }, error.Description);
    }
}
