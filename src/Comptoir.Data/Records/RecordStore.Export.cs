using System.Runtime.CompilerServices;

namespace Comptoir.Data.Records;

public abstract partial class RecordStore<T>
{
    /// <summary>Rows an export reads at a time: large enough that the two keyset seeks of a page cost little per row.</summary>
    public const int ExportPageSize = 1_000;

    /// <summary>
    /// Every visible record the list's search and filters match (only <paramref name="ids"/> among them when given),
    /// in the list's sort, page after page by keyset (never OFFSET): what an export writes as it reads, in flat memory.
    /// </summary>
    public async IAsyncEnumerable<IReadOnlyList<IRecord>> ExportPagesAsync(UserContext user, ListRequest request, IReadOnlyCollection<long>? ids,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var (query, filtered) = await MatchingAsync(user, request, forCount: false, ct);
        if (ids is not null)
        {
            var chosen = ids.ToList();
            query = query.Where(r => chosen.Contains(r.Id));
        }
        var page = request with { Cursor = null, Limit = ExportPageSize };
        while (true)
        {
            var read = await RecordPager.PageAsync(query, Module, page, filtered, ct, maxLimit: ExportPageSize);
            if (read.Items.Count > 0) yield return read.Items;
            if (read.NextCursor is null) yield break;
            page = page with { Cursor = read.NextCursor };
        }
    }
}
