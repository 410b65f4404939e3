using Comptoir.Core.Pricing;
using Comptoir.Data.Pricing;

namespace Comptoir.Web.Features.Pricing;

/// <summary>A quote as GET /api/v1/accounts/{id}/prices answers it.</summary>
public static class PriceQuoteJson
{
    public static JsonObject From(AccountQuote result, long groupQuantity)
    {
        var quote = result.Quote!;
        var product = result.Product!;
        var parts = new JsonArray();
        foreach (var part in quote.Parts)
            parts.Add(new JsonObject { ["quantity"] = part.Quantity, ["unitPrice"] = Plain(part.UnitPrice), ["bracket"] = Bracket(part.Bracket) });
        return new JsonObject
        {
            ["product"] = new JsonObject { ["id"] = product.Id, ["code"] = product.Code, ["name"] = product.Name },
            ["quantity"] = quote.Quantity,
            ["groupQuantity"] = quote.Strategy == PricingStrategy.GroupVolume ? groupQuantity : 0,
            ["unitPrice"] = Plain(quote.UnitPrice),
            ["totalExclTax"] = Plain(quote.TotalExclTax),
            ["vatRate"] = Plain(quote.VatRate),
            ["vatAmount"] = Plain(quote.VatAmount),
            ["totalInclTax"] = Plain(quote.TotalInclTax),
            ["strategy"] = quote.Strategy is { } s ? PricingStrategies.Code(s) : null,
            ["bracket"] = Bracket(quote.Bracket),
            ["parts"] = parts,
            ["priceList"] = result.PriceList is { } list ? new JsonObject { ["id"] = list.Id, ["name"] = list.Name } : null,
            ["notice"] = result.Notice,
        };
    }

    private static JsonObject? Bracket(PriceBracket? bracket)
    {
        if (bracket is null) return null;
        var json = new JsonObject { ["fromQuantity"] = bracket.FromQuantity };
        if (bracket.UnitPrice is { } price) json["unitPrice"] = Plain(price);
        else json["discountPercent"] = Plain(bracket.DiscountPercent!.Value);
        return json;
    }

    // 1200 and 1200.00 read the same on SQLite and PostgreSQL; amounts keep their cents when they have some.
    private static decimal Plain(decimal value) => value / 1.0000000000000000000000000000m;
}
