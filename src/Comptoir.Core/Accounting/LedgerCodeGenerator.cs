using System.Text;

namespace Comptoir.Core.Accounting;

/// <summary>
/// Generated ledger codes, without a database: the stem for an account and the candidates tried in
/// turn until one is unclaimed (« 411SOCIETEG », then « 411SOCIETE1 », … « 411SOCIE999 »…).
/// </summary>
public static class LedgerCodeGenerator
{
    /// <summary>The body when neither the source nor the account number has a letter or digit.</summary>
    public const string FallbackBody = "CLIENT";

    /// <summary>Letters and digits of a text, accents folded, upper case (« Société d'Équipement » → SOCIETEDEQUIPEMENT).</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            switch (c)
            {
                case 'œ' or 'Œ': sb.Append("OE"); break;
                case 'æ' or 'Æ': sb.Append("AE"); break;
                case 'ß': sb.Append("SS"); break;
                default:
                    if (char.IsAsciiLetterOrDigit(c)) sb.Append(char.ToUpperInvariant(c));
                    break; // combining accents, spaces, punctuation, letters outside Latin: dropped
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// The body for an account: from its name, the first <c>Length</c> letters and digits; from its number,
    /// the digits, keeping the LAST ones when too long (CPT-000042 → 000042: the tail is what differs).
    /// A name with no letter or digit falls back on the number's digits, then on <see cref="FallbackBody"/>.
    /// </summary>
    public static string Body(LedgerCodeRule rule, string? name, string? number)
    {
        var body = rule.Source == LedgerCodeSource.Name ? Head(Clean(name), rule.Length) : "";
        if (body.Length == 0) body = Tail(new string((number ?? "").Where(char.IsAsciiDigit).ToArray()), rule.Length);
        if (body.Length == 0) body = Head(FallbackBody, rule.Length);
        return body;
    }

    /// <summary>
    /// The codes to try in order: the plain code, then a numeric suffix that replaces the body's tail so the
    /// length holds (a body shorter than the length gets the suffix appended). Once the suffix would eat the
    /// whole body, one body character is kept and the code grows; it stops at the column's 20 characters.
    /// </summary>
    public static IEnumerable<string> Candidates(LedgerCodeRule rule, string body) => CandidatesFrom(rule, body, 0);

    /// <summary>The candidates from the <paramref name="first"/>-th on (0 is the plain code).</summary>
    public static IEnumerable<string> CandidatesFrom(LedgerCodeRule rule, string body, long first)
    {
        if (first == 0) yield return rule.Prefix + body;
        for (var n = Math.Max(first, 1); n < long.MaxValue; n++)
        {
            var candidate = Candidate(rule, body, n);
            if (candidate.Length > LedgerCodeRule.MaxCodeLength) yield break;
            yield return candidate;
        }
    }

    /// <summary>The n-th candidate with a suffix (n ≥ 1).</summary>
    public static string Candidate(LedgerCodeRule rule, string body, long n)
    {
        var suffix = n.ToString(CultureInfo.InvariantCulture);
        var keep = Math.Min(body.Length, Math.Max(1, rule.Length - suffix.Length));
        return rule.Prefix + body[..keep] + suffix;
    }

    /// <summary>The code the rule gives an account with no clash (the settings page's live example).</summary>
    public static string Example(LedgerCodeRule rule, string name, string number) =>
        rule.Prefix + Body(rule, name, number);

    private static string Head(string text, int length) => text.Length <= length ? text : text[..length];
    private static string Tail(string text, int length) => text.Length <= length ? text : text[^length..];
}
