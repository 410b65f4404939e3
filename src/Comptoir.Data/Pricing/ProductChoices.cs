using Comptoir.Core.Pricing;

namespace Comptoir.Data.Pricing;

/// <summary>A product the price simulator and the price-lines editor offer.</summary>
public sealed record ProductChoice(long Id, string Code, string Name, decimal UnitPrice)
{
    public string Label => $"{Code} – {Name}";
}

/// <summary>The products the price simulator offers, and those the price-lines editor and table name.</summary>
public sealed class ProductChoices(AppDbContext db)
{
    /// <summary>Active products by name: a select is enough at a catalogue's size, and works without JavaScript.</summary>
    public Task<List<ProductChoice>> ActiveAsync(CancellationToken ct) =>
        db.Products.AsNoTracking().Where(p => p.Active).OrderBy(p => p.NameKey).ThenBy(p => p.Id).Take(1000)
            .Select(p => new ProductChoice(p.Id, p.Code, p.Name, p.UnitPrice)).ToListAsync(ct);

    /// <summary>The active products (when <paramref name="activeToo"/>), plus any inactive one a line still prices.</summary>
    public async Task<List<ProductChoice>> ForLinesAsync(IEnumerable<PriceLine> lines, bool activeToo, CancellationToken ct)
    {
        var choices = activeToo ? await ActiveAsync(ct) : [];
        var missing = lines.Select(l => l.ProductId).Where(id => choices.All(c => c.Id != id)).Distinct().ToList();
        if (missing.Count > 0)
            choices.AddRange(await db.Products.AsNoTracking().Where(p => missing.Contains(p.Id))
                .Select(p => new ProductChoice(p.Id, p.Code, p.Name, p.UnitPrice)).ToListAsync(ct));
        return choices;
    }
}
