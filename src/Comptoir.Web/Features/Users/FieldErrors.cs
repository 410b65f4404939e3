using Comptoir.Web.Features.Shared;
using Comptoir.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;

namespace Comptoir.Web.Features.Users;

/// <summary>
/// Field-level messages keyed like the API's JSON (and the forms' input names), so a page and
/// the API report the same mistake under the same key.
/// </summary>
public sealed class FieldErrors
{
    /// <summary>Errors that belong to no single field.</summary>
    public const string General = "";

    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;
    public IEnumerable<KeyValuePair<string, List<string>>> All => _errors;

    public void Add(string key, string message)
    {
        if (!_errors.TryGetValue(key, out var list)) _errors[key] = list = [];
        if (!list.Contains(message)) list.Add(message);
    }

    public IReadOnlyList<string> For(string key) => _errors.TryGetValue(key, out var list) ? list : [];
    public bool Has(string key) => _errors.ContainsKey(key);

    /// <summary>Identity's own errors (password rules, duplicate username…) placed on the field they concern.</summary>
    public void Add(IdentityResult result, string passwordKey = "password")
    {
        foreach (var error in result.Errors)
            Add(error.Code switch
            {
                nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.InvalidUserName) => "username",
                nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.DuplicateEmail) => "email",
                nameof(IdentityErrorDescriber.PasswordMismatch) => "currentPassword",
                _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => passwordKey,
                _ => General,
            }, error.Description);
    }

    public IReadOnlyDictionary<string, List<string>> AsDictionary => _errors;

    /// <summary>These errors above the form; <paramref name="input"/> names the id of a key's input (null: the form has none).</summary>
    public ErrorSummary ToErrorSummary(Func<string, string?> input) =>
        ErrorSummary.Of(SharedText.T("L'enregistrement n'a pas été fait : corrigez les champs signalés."), _errors, input);

    /// <summary>These errors above a form whose inputs are "f-" + key for these keys.</summary>
    public ErrorSummary ToErrorSummary(params string[] inputs) => ToErrorSummary(ErrorSummary.InputsNamed(inputs));
}

public enum DirectoryStatus { Saved, Invalid, NotFound, VersionMismatch, Conflict }

/// <summary>What a change to a user or a team came to: saved, or why not.</summary>
public sealed record DirectoryResult<T>(DirectoryStatus Status, T? Value = default, FieldErrors? Errors = null, string? Message = null);
