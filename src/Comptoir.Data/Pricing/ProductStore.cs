using Comptoir.Core.Pricing;

namespace Comptoir.Data.Pricing;

public sealed class ProductStore(RecordStoreServices services)
    : RecordStore<Product>(services, ProductsModule.Name)
{
    /// <summary>« Référence » is unique (the index says so too, but a field error beats a failed insert); prices are never negative.</summary>
    protected override async Task ValidateRecordAsync(Product record, bool isNew, RecordValidation validation, CancellationToken ct)
    {
        if (record.UnitPrice < 0)
            validation.AddError("unitPrice", PricingText.T("Le prix de vente ne peut pas être négatif."));
        var code = record.Code;
        var id = record.Id;
        if (code.Length > 0 && await Db.Products.AsNoTracking().AnyAsync(p => p.Code == code && p.Id != id, ct))
            validation.AddError("code", PricingText.T("La référence « {0} » est déjà utilisée par un autre produit.", code));
    }

    /// <summary>
    /// The price lists that have a line for the product. A product in use is not deleted: its lines
    /// would silently price at catalogue. Deactivate it instead, or remove its lines first.
    /// </summary>
    public async Task<IReadOnlyList<string>> PriceListsUsingAsync(long productId, CancellationToken ct)
    {
        var lists = await Db.PriceLists.AsNoTracking().OrderBy(p => p.NameKey).Select(p => new { p.Name, p.Lines }).ToListAsync(ct);
        return lists.Where(l => PriceLinesJson.Read(l.Lines).Any(line => line.ProductId == productId)).Select(l => l.Name).ToList();
    }

    /// <summary>Why the product cannot be deleted (a French sentence naming the price lists), or null when it can.</summary>
    public override async Task<string?> DeletionRefusalAsync(UserContext user, long id, CancellationToken ct)
    {
        var lists = await PriceListsUsingAsync(id, ct);
        return lists.Count == 0 ? null
            : PricingText.T("Ce produit figure dans les grilles tarifaires {0} : retirez-le de leurs lignes ou rendez-le inactif plutôt que de le supprimer.",
                string.Join(", ", lists.Select(l => "« " + l + " »")));
    }
}
