namespace Comptoir.Core.Accounting;

/// <summary>What a generated ledger code is made of: the account's name, or its number.</summary>
public enum LedgerCodeSource { Name, Number }

/// <summary>
/// « Paramètres › Comptabilité »: how a ledger code is generated for an account saved without one
/// (prefix + body of <see cref="Length"/> letters and digits taken from the source).
/// </summary>
public sealed record LedgerCodeRule(string Prefix, LedgerCodeSource Source, int Length)
{
    public const string DefaultPrefix = "411";
    public const int DefaultLength = 8, MinLength = 3, MaxLength = 20;
    /// <summary>The width of the LedgerAccounts.Code and LedgerCodes.Code columns.</summary>
    public const int MaxCodeLength = 20;

    public static LedgerCodeRule Default { get; } = new(DefaultPrefix, LedgerCodeSource.Name, DefaultLength);

    public static string SourceCode(LedgerCodeSource source) => source == LedgerCodeSource.Number ? "number" : "name";

    public static LedgerCodeSource? ParseSource(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        "name" => LedgerCodeSource.Name,
        "number" => LedgerCodeSource.Number,
        _ => null,
    };

    /// <summary>
    /// Checks a rule typed by an administrator; errors are keyed "prefix", "source", "length" (the API's keys).
    /// The prefix is upper-cased; it holds letters and digits only, like the body, so codes stay plain.
    /// </summary>
    public static (LedgerCodeRule? Rule, Dictionary<string, string> Errors) Create(string? prefix, string? source, int? length)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var cleanPrefix = (prefix ?? "").Trim().ToUpperInvariant();
        if (!cleanPrefix.All(char.IsAsciiLetterOrDigit))
            errors["prefix"] = AccountingText.T("Le préfixe ne peut contenir que des lettres sans accent et des chiffres.");
        else if (cleanPrefix.Length > MaxCodeLength - MinLength)
            errors["prefix"] = AccountingText.T("Le préfixe compte au plus {0} caractères.", MaxCodeLength - MinLength);

        var parsedSource = ParseSource(source);
        if (parsedSource is null)
            errors["source"] = AccountingText.T("Choisissez la source du code : le nom du compte (name) ou son numéro (number).");

        if (length is not int n)
            errors["length"] = AccountingText.T("La longueur est obligatoire.");
        else if (n < MinLength || n > MaxLength)
            errors["length"] = AccountingText.T("La longueur doit être comprise entre {0} et {1}.", MinLength, MaxLength);
        else if (!errors.ContainsKey("prefix") && cleanPrefix.Length + n > MaxCodeLength)
            errors["length"] = AccountingText.T("Préfixe et longueur réunis dépassent {0} caractères : raccourcissez l'un ou l'autre (au plus {1} ici).",
                MaxCodeLength, MaxCodeLength - cleanPrefix.Length);

        return errors.Count > 0 ? (null, errors) : (new LedgerCodeRule(cleanPrefix, parsedSource!.Value, length!.Value), errors);
    }
}
