using System.Text;

namespace Comptoir.Core.Search;

/// <summary>
/// The words a record is found by and the words of a query, folded the same way (<see cref="SearchKey"/>: lower
/// case, no accents), split on punctuation, legal forms dropped: « Boulangerie Dupont SARL » and
/// « sarl boulangerie dupont » meet on « boulangerie » and « dupont ».
/// </summary>
public static class SearchWords
{
    /// <summary>The longest term kept; longer words are cut (a prefix of them still matches).</summary>
    public const int MaxLength = 64;

    /// <summary>Legal forms say nothing about which company is meant; every other word does.</summary>
    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "sa", "sas", "sasu", "sarl", "eurl", "sci", "snc", "scop", "selarl", "eirl", "gie",
    };

    public static bool IsLegalForm(string word) => LegalForms.Contains(word);

    /// <summary>
    /// The terms of a text: each word (« presqu », « ile »), a word with leading zeros also without them
    /// (« 000042 » and « 42 »), and each whitespace-separated token with punctuation inside as a whole
    /// (« presqu'ile »). A code (such a token with digits: « CPT-000042 ») is one word: it gives itself whole and
    /// its numbers without their zeros (« 42 »), not « cpt » and « 000042 », which every number of the module shares.
    /// </summary>
    public static IEnumerable<string> Of(string? text)
    {
        var folded = SearchKey.Fold(text);
        if (folded.Length == 0) yield break;
        foreach (var token in folded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var words = Split(token);
            var whole = Trim(token);
            if (words.Count > 1 && whole.Any(char.IsAsciiDigit))
            {
                yield return Cut(whole);
                foreach (var number in words.Where(w => w.All(char.IsAsciiDigit)))
                    yield return Cut(number.TrimStart('0') is { Length: > 0 } trimmed ? trimmed : "0");
                continue;
            }
            foreach (var word in words)
            {
                if (IsLegalForm(word)) continue;
                yield return Cut(word);
                if (word.Length > 1 && word[0] == '0' && word.All(char.IsAsciiDigit))
                    yield return Cut(word.TrimStart('0') is { Length: > 0 } number ? number : "0");
            }
            if (words.Count > 1 || (words.Count == 1 && whole != words[0])) yield return Cut(whole);
        }
    }

    /// <summary>The runs of letters and digits of folded text.</summary>
    public static List<string> Split(string folded)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c)) sb.Append(c);
            else if (sb.Length > 0)
            {
                words.Add(sb.ToString());
                sb.Clear();
            }
        }
        if (sb.Length > 0) words.Add(sb.ToString());
        return words;
    }

    /// <summary>A token without the punctuation around it (« (cpt-42) » → « cpt-42 »).</summary>
    public static string Trim(string token)
    {
        var start = 0;
        var end = token.Length;
        while (start < end && !char.IsLetterOrDigit(token[start]) && token[start] is not ('@' or '+')) start++;
        while (end > start && !char.IsLetterOrDigit(token[end - 1])) end--;
        return token[start..end];
    }

    public static string Cut(string term) => term.Length <= MaxLength ? term : term[..MaxLength];
}
