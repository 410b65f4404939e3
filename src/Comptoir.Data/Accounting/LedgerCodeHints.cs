using System.Collections.Concurrent;

namespace Comptoir.Data.Accounting;

/// <summary>
/// Where the search for a free generated code starts: the candidates this server already saw claimed (read
/// as taken, or claimed itself) are skipped. A claim is never given back, so they stay taken, and the 700th
/// « Boulangerie » tries its code at once instead of reading 699. Should the save that claimed a code roll
/// back, that code is skipped: codes are unique, not consecutive. One per server (a singleton): another
/// server sharing the database only claims more, which the claim's clash then reads.
/// <para>
/// What is known is kept per family: the candidates with a suffix of the same number of digits share their
/// stem (411GARAGE10…411GARAGE99), whichever body they come from (Garage Martin, Garage Petit…).
/// </para>
/// </summary>
public sealed class LedgerCodeHints
{
    /// <summary>Entries kept at most; past it the memory starts over (a few reads per name afterwards).</summary>
    private const int MaxEntries = 10_000;
    private const int MaxDigits = 18;

    // "0", the plain code → taken; the number of digits, the stem → the next suffix not seen taken.
    private readonly ConcurrentDictionary<string, long> _next = new(StringComparer.Ordinal);

    /// <summary>The index (as in <see cref="LedgerCodeGenerator.CandidatesFrom"/>) of the first candidate not seen taken.</summary>
    public long StartOf(LedgerCodeRule rule, string body)
    {
        if (!_next.ContainsKey(PlainKey(rule, body))) return 0;
        for (var digits = 1; digits <= MaxDigits; digits++)
        {
            var (lowest, end) = Suffixes(digits);
            var next = Math.Max(lowest, _next.GetValueOrDefault(FamilyKey(rule, body, digits)));
            if (next < end) return next;
        }
        return Suffixes(MaxDigits).End;
    }

    /// <summary>Every candidate of the body before the <paramref name="next"/>-th is claimed.</summary>
    public void TakenBefore(LedgerCodeRule rule, string body, long next)
    {
        if (next < 1) return;
        if (_next.Count >= MaxEntries) _next.Clear();
        _next[PlainKey(rule, body)] = 1;
        for (var digits = 1; digits <= MaxDigits; digits++)
        {
            var (lowest, end) = Suffixes(digits);
            if (next <= lowest) break;
            var upTo = Math.Min(next, end);
            _next.AddOrUpdate(FamilyKey(rule, body, digits), upTo, (_, known) => Math.Max(known, upTo));
        }
    }

    /// <summary>The suffixes of that many digits: 1…9, 10…99, 100…999…</summary>
    private static (long Lowest, long End) Suffixes(int digits)
    {
        var end = (long)Math.Pow(10, digits);
        return (digits == 1 ? 1 : end / 10, end);
    }

    private static string PlainKey(LedgerCodeRule rule, string body) => "0\0" + rule.Prefix + body;

    private static string FamilyKey(LedgerCodeRule rule, string body, int digits)
    {
        var code = LedgerCodeGenerator.Candidate(rule, body, Suffixes(digits).Lowest);
        return string.Create(CultureInfo.InvariantCulture, $"{digits}\0{code[..^digits]}");
    }
}
