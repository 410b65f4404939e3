using System.Text;
using Comptoir.Core.Validation;

namespace Comptoir.Core.Duplicates;

/// <summary>
/// The forms two values are compared by to call records duplicates, written once (the field types give them,
/// <see cref="FieldTypes.FieldType.DuplicateKey"/>): « SARL Boulangerie Dupont » and « boulangerie-dupont »
/// are the same company, « https://www.dupont.fr/ » and « dupont.fr » the same website.
/// </summary>
public static class NormalForms
{
    /// <summary>Words that say what kind of company it is, not which one (search drops a few more: <see cref="Search.SearchWords"/>).</summary>
    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "sa", "sas", "sasu", "sarl", "eurl", "sci", "snc", "ei", "societe", "ets", "etablissements",
    };

    /// <summary>
    /// A name folded (case and accents), its legal forms left out (a word « S.A.R.L. » or « (SAS) » counts as « sarl », « sas »), then
    /// its letters and digits only, spaces and punctuation gone; a name made only of legal forms keeps them.
    /// </summary>
    public static string? Name(string? text)
    {
        var folded = Records.SearchKey.Fold(text);
        if (folded.Length == 0) return null;
        var kept = new StringBuilder();
        var all = new StringBuilder();
        foreach (var token in folded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = LettersAndDigits(token);
            if (word.Length == 0) continue;
            all.Append(word);
            if (!LegalForms.Contains(word)) kept.Append(word);
        }
        var key = kept.Length > 0 ? kept.ToString() : all.ToString();
        return key.Length > 0 ? key : null;
    }

    /// <summary>An email address in lower case, accents folded, without the spaces around it.</summary>
    public static string? Email(string? text)
    {
        var folded = Records.SearchKey.Fold(text);
        return folded.Length > 0 ? folded : null;
    }

    /// <summary>A website without its scheme, « www. », trailing slash and case: « https://www.Dupont.fr/ » → « dupont.fr ».</summary>
    public static string? Website(string? text)
    {
        var s = (text ?? "").Trim().ToLowerInvariant();
        if (s.IndexOf("://", StringComparison.Ordinal) is var scheme and >= 0) s = s[(scheme + 3)..];
        if (s.StartsWith("www.", StringComparison.Ordinal)) s = s[4..];
        s = s.TrimEnd('/');
        return s.Length > 0 ? s : null;
    }

    /// <summary>A phone number in E.164 (region FR for national numbers), or null when it is not one.</summary>
    public static string? Phone(string? text) =>
        text is { Length: > 0 and <= 40 } && PhoneNumber.TryNormalize(text, FieldTypes.PhoneFieldType.DefaultRegion, out var e164) ? e164 : null;

    /// <summary>A SIRET's 14 digits (spaces typed or not), or null when it has not 14 digits.</summary>
    public static string? Siret(string? text) =>
        Validation.Siret.Normalize(text ?? "") is { Length: 14 } digits && digits.All(char.IsAsciiDigit) ? digits : null;

    /// <summary>The SIREN (the company) of a SIRET (one of its establishments): its first 9 digits.</summary>
    public static string? Siren(string? siret) => Siret(siret) is { } digits ? digits[..9] : null;

    /// <summary>How two SIRETs relate: the same establishment, another establishment of the same company, or unrelated.</summary>
    public static SiretRelation Compare(string? a, string? b)
    {
        if (Siret(a) is not { } x || Siret(b) is not { } y) return SiretRelation.Unrelated;
        if (x == y) return SiretRelation.SameEstablishment;
        return x[..9] == y[..9] ? SiretRelation.SameCompany : SiretRelation.Unrelated;
    }

    private static string LettersAndDigits(string token)
    {
        var sb = new StringBuilder(token.Length);
        foreach (var c in token) if (char.IsLetterOrDigit(c)) sb.Append(c);
        return sb.ToString();
    }
}

/// <summary>What two SIRETs say about their records: « même entreprise, autre établissement » is a warning, never a block.</summary>
public enum SiretRelation { Unrelated, SameEstablishment, SameCompany }
