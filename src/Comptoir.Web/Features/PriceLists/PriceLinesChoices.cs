using System.Text.Json;
using Comptoir.Core.Pricing;
using Comptoir.Data;
using Comptoir.Web.Features.Pricing;
using Microsoft.EntityFrameworkCore;

namespace Comptoir.Web.Features.PriceLists;

/// <summary>The products the lines editor and the lines table name: the active ones, plus any inactive one a line still prices.</summary>
public static class PriceLinesChoices
{
    public static async Task<List<ProductChoice>> ForAsync(AppDbContext db, IEnumerable<PriceLine> lines, bool activeToo, CancellationToken ct)
    {
        var choices = activeToo ? await ProductChoice.ActiveAsync(db, ct) : [];
        var missing = lines.Select(l => l.ProductId).Where(id => choices.All(c => c.Id != id)).Distinct().ToList();
        if (missing.Count > 0)
            choices.AddRange(await db.Products.AsNoTracking().Where(p => missing.Contains(p.Id))
                .Select(p => new ProductChoice(p.Id, p.Code, p.Name, p.UnitPrice)).ToListAsync(ct));
        return choices;
    }

    /// <summary>The editor's data-products attribute: [{"id", "label", "price"}].</summary>
    public static string Json(IEnumerable<ProductChoice> choices) =>
        JsonSerializer.Serialize(choices.Select(c => new { id = c.Id, label = c.Label, price = c.UnitPrice }));
}
