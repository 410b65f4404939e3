using Comptoir.Core.Validation;

namespace Comptoir.Core.Search;

/// <summary>
/// What a search box's text asks for: one or more ways to read it, each a list of prefixes that must all
/// start some term of a record. « Pixel » is one word; « 01 42 68 53 00 » is five words, the digits
/// « 0142685300 » and the phone « +33142685300 »; a record matches when one of the readings does.
/// </summary>
public sealed record SearchQuery(IReadOnlyList<IReadOnlyList<string>> Readings)
{
    /// <summary>Words looked at at most: each is one more index range.</summary>
    public const int MaxWords = 6;

    public bool IsEmpty => Readings.Count == 0;

    public static SearchQuery Parse(string? text)
    {
        var readings = new List<IReadOnlyList<string>>();
        var folded = SearchKey.Fold(text?.Replace("\0", "", StringComparison.Ordinal));
        if (folded.Length == 0) return new(readings);

        var words = SearchWords.Split(folded).Select(SearchWords.Cut).Distinct(StringComparer.Ordinal).ToList();
        // A legal form is not indexed: it is left out of the words unless it is all there is (« sa » may be « Sanofi » being typed).
        var kept = words.Where(w => !SearchWords.IsLegalForm(w)).ToList();
        if (kept.Count == 0) kept = words;
        // A word that starts another one adds nothing: « dup dupont » asks what « dupont » asks.
        kept = kept.Where(w => !kept.Any(o => o.Length > w.Length && o.StartsWith(w, StringComparison.Ordinal))).Take(MaxWords).ToList();

        // Codes, numbers, emails and phones typed whole: the text without its spaces, as one term.
        var compact = SearchWords.Trim(string.Concat(folded.Where(c => !char.IsWhiteSpace(c))));
        var whole = compact.Length > 0 && compact.Any(c => char.IsAsciiDigit(c) || !char.IsLetterOrDigit(c))
                    && !(kept.Count == 1 && kept[0] == compact);
        // Read as words, a phone or a SIRET typed in groups (« 01 42 68 53 00 ») or an email (« jean@dupont.fr ») would
        // be short, common words (« 01 », « fr ») that match half the records and never the right one alone:
        // read whole only. A code with letters (« CPT-000042 ») is indexed whole too.
        var wordsToo = !whole || !(folded.Contains('@', StringComparison.Ordinal)
                                   || (kept.Count > 1 && kept.All(w => w.All(char.IsAsciiDigit)))
                                   || (!folded.Any(char.IsWhiteSpace) && compact.Any(char.IsAsciiDigit)));
        if (kept.Count > 0 && wordsToo) readings.Add(kept);
        if (whole) readings.Add([SearchWords.Cut(compact)]);
        // A phone is typed from its trunk 0 or its +: a SIREN (« 443121975 ») would otherwise parse as one too.
        if (folded.Count(char.IsAsciiDigit) >= 6 && text!.Length <= 40 && compact.Length > 0 && (compact[0] is '0' or '+')
            && PhoneNumber.TryNormalize(text, FieldTypes.PhoneFieldType.DefaultRegion, out var e164) && e164 != compact)
            readings.Add([e164]);
        return new(readings);
    }
}
