using System.Collections.Concurrent;
using System.Globalization;
using Comptoir.Core.Accounting;

namespace Comptoir.Data.Accounting;

/// <summary>
/// Where the search for a free generated code starts, per rule and body: the index of the first candidate
/// not yet seen taken. Every candidate before it was read as claimed, and a claim is never given back, so
/// skipping them changes no code given; it only spares the 700th « Boulangerie » reading 699 codes.
/// One per server (a singleton): another server sharing the database only claims more.
/// </summary>
public sealed class LedgerCodeHints
{
    /// <summary>Bodies remembered at most; past it the memory starts over (a cold start costs a few reads per body).</summary>
    private const int MaxBodies = 50_000;

    private readonly ConcurrentDictionary<string, long> _firstUnseen = new(StringComparer.Ordinal);

    public long StartOf(LedgerCodeRule rule, string body) => _firstUnseen.GetValueOrDefault(Key(rule, body));

    /// <summary>Records that every candidate before <paramref name="index"/> was read as claimed.</summary>
    public void SeenTakenBefore(LedgerCodeRule rule, string body, long index)
    {
        if (index == 0) return;
        if (_firstUnseen.Count >= MaxBodies) _firstUnseen.Clear();
        _firstUnseen.AddOrUpdate(Key(rule, body), index, (_, known) => Math.Max(known, index));
    }

    // The candidates depend on the prefix, the length and the body: a changed rule starts afresh.
    private static string Key(LedgerCodeRule rule, string body) =>
        string.Create(CultureInfo.InvariantCulture, $"{rule.Prefix}\0{rule.Length}\0{body}");
}
