namespace Comptoir.Data.Records;

public abstract partial class RecordStore<T>
{
    public async Task<IReadOnlyList<long>> MatchingIdsAsync(UserContext user, ListRequest request, long after, int limit, CancellationToken ct)
    {
        var (query, _) = await MatchingAsync(user, request, forCount: true, ct);
        return await query.Where(r => r.Id > after).OrderBy(r => r.Id).Select(r => r.Id).Take(limit).ToListAsync(ct);
    }

    public async Task<IReadOnlyDictionary<string, List<string>>> CheckValuesAsync(UserContext user, RecordInput input, CancellationToken ct) =>
        (await RecordValidator.ValidateAsync(Module, input, partial: true, CheckerFor(user), ct)).Errors;
}
