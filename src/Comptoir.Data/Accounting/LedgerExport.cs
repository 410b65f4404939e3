using System.Runtime.CompilerServices;

namespace Comptoir.Data.Accounting;

/// <summary>One line of the accounting export: a ledger account and its linked customer, if any.</summary>
public sealed record LedgerExportRow(
    string Code, string Label, string CollectiveAccount, string Siret, string VatNumber,
    string Street, string PostalCode, string City, string Country);

/// <summary>
/// Ledger accounts for accounting software, in order of creation (id), read in keyset batches so
/// 100 000 ledger accounts stream in constant memory: <c>ledgers</c>, those the user may see. The customer
/// is the first account (lowest id) linked to the ledger account among <c>accounts</c> (the ones the user may see).
/// </summary>
public static class LedgerExport
{
    public const int BatchSize = 500;

    public static async IAsyncEnumerable<LedgerExportRow> RowsAsync(IQueryable<LedgerAccount> ledgers, IQueryable<Account> accounts,
        [EnumeratorCancellation] CancellationToken ct)
    {
        long after = 0;
        while (true)
        {
            var batch = await ledgers.AsNoTracking().Where(l => l.Id > after).OrderBy(l => l.Id).Take(BatchSize)
                .Select(l => new { l.Id, l.Code, l.Label, l.CollectiveAccount }).ToListAsync(ct);
            if (batch.Count == 0) yield break;
            var ids = batch.Select(l => l.Id).ToList();
            var customers = (await accounts.AsNoTracking()
                    .Where(a => a.LedgerAccountId != null && ids.Contains(a.LedgerAccountId.Value))
                    .OrderBy(a => a.Id)
                    .Select(a => new
                    {
                        LedgerId = a.LedgerAccountId!.Value, a.Siret, a.VatNumber,
                        a.BillingStreet, a.BillingPostalCode, a.BillingCity, a.BillingCountry,
                    })
                    .ToListAsync(ct))
                .GroupBy(a => a.LedgerId).ToDictionary(g => g.Key, g => g.First());
            foreach (var l in batch)
            {
                customers.TryGetValue(l.Id, out var c);
                yield return new LedgerExportRow(l.Code, l.Label, l.CollectiveAccount, c?.Siret ?? "", c?.VatNumber ?? "",
                    c?.BillingStreet ?? "", c?.BillingPostalCode ?? "", c?.BillingCity ?? "", c?.BillingCountry ?? "");
            }
            after = batch[^1].Id;
        }
    }
}
