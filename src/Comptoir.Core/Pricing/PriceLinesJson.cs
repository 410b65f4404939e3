using System.Text.Json.Nodes;

namespace Comptoir.Core.Pricing;

/// <summary>
/// The lines of a price list as JSON, the API's shape and the stored one:
/// [{"product": 12, "strategy": "volume", "brackets": [{"fromQuantity": 1, "unitPrice": 10}, {"fromQuantity": 101, "discountPercent": 20}]}].
/// Parsing checks everything but the products' existence and names the failing line in each message.
/// </summary>
public static class PriceLinesJson
{
    public const int MaxLines = 1000, MaxBrackets = 50;
    /// <summary>The largest unit price a bracket takes, like any amount field.</summary>
    public const decimal MaxPrice = 1_000_000_000_000m;

    private static readonly HashSet<string> LineKeys = ["product", "strategy", "brackets"];
    private static readonly HashSet<string> BracketKeys = ["fromQuantity", "unitPrice", "discountPercent"];

    /// <summary>The lines, or every problem found (one message per line or bracket at fault).</summary>
    public static (IReadOnlyList<PriceLine>? Lines, IReadOnlyList<string> Errors) Parse(JsonElement json)
    {
        var errors = new List<string>();
        if (json.ValueKind != JsonValueKind.Array)
            return (null, [PricingText.T("Les lignes doivent être une liste JSON : [{\"product\": …, \"strategy\": …, \"brackets\": […]}].")]);
        if (json.GetArrayLength() > MaxLines)
            return (null, [PricingText.T("Une grille compte au plus {0} lignes.", MaxLines)]);

        var lines = new List<PriceLine>();
        var seen = new Dictionary<long, int>();
        var n = 0;
        foreach (var item in json.EnumerateArray())
        {
            n++;
            if (ParseLine(item, n, errors) is not { } line) continue;
            if (seen.TryGetValue(line.ProductId, out var first))
                errors.Add(PricingText.T("Ligne {0} : ce produit a déjà une ligne (ligne {1}).", n, first));
            else seen[line.ProductId] = n;
            lines.Add(line);
        }
        return errors.Count == 0 ? (lines, []) : (null, errors);
    }

    /// <summary>Lines already validated (the stored column); anything unreadable counts as no lines.</summary>
    public static IReadOnlyList<PriceLine> Read(string? stored)
    {
        if (string.IsNullOrWhiteSpace(stored)) return [];
        try
        {
            return Parse(JsonSerializer.Deserialize<JsonElement>(stored)).Lines ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>The canonical document: fixed key order and plain numbers, so SQLite and PostgreSQL (jsonb) read back the same.</summary>
    public static JsonArray ToNode(IEnumerable<PriceLine> lines)
    {
        var array = new JsonArray();
        foreach (var line in lines)
        {
            var brackets = new JsonArray();
            foreach (var b in line.Brackets)
            {
                var bracket = new JsonObject { ["fromQuantity"] = b.FromQuantity };
                if (b.UnitPrice is { } price) bracket["unitPrice"] = Plain(price);
                else bracket["discountPercent"] = Plain(b.DiscountPercent!.Value);
                brackets.Add(bracket);
            }
            array.Add(new JsonObject
            {
                ["product"] = line.ProductId,
                ["strategy"] = PricingStrategies.Code(line.Strategy),
                ["brackets"] = brackets,
            });
        }
        return array;
    }

    public static string Write(IEnumerable<PriceLine> lines) => ToNode(lines).ToJsonString();

    // 8.50 and 8.5 are one price: drop the trailing zeros SQLite would drop anyway.
    private static decimal Plain(decimal value) => value / 1.0000000000000000000000000000m;

    private static PriceLine? ParseLine(JsonElement item, int n, List<string> errors)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            errors.Add(PricingText.T("Ligne {0} : un objet {{\"product\", \"strategy\", \"brackets\"}} est attendu.", n));
            return null;
        }
        var before = errors.Count;
        foreach (var property in item.EnumerateObject().Where(p => !LineKeys.Contains(p.Name)))
            errors.Add(PricingText.T("Ligne {0} : clé inconnue « {1} ».", n, property.Name));

        long product = 0;
        if (!item.TryGetProperty("product", out var p) || !TryWhole(p, out product) || product <= 0)
            errors.Add(PricingText.T("Ligne {0} : choisissez un produit.", n));

        PricingStrategy? strategy = null;
        if (!item.TryGetProperty("strategy", out var s) || s.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(s.GetString()))
            errors.Add(PricingText.T("Ligne {0} : choisissez une stratégie (volume, tranches ou groupVolume).", n));
        else if ((strategy = PricingStrategies.FromCode(s.GetString()!.Trim())) is null)
            errors.Add(PricingText.T("Ligne {0} : stratégie inconnue « {1} » (volume, tranches ou groupVolume).", n, s.GetString()));

        var brackets = new List<PriceBracket>();
        if (!item.TryGetProperty("brackets", out var list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
            errors.Add(PricingText.T("Ligne {0} : ajoutez au moins une tranche de quantité.", n));
        else if (list.GetArrayLength() > MaxBrackets)
            errors.Add(PricingText.T("Ligne {0} : au plus {1} tranches.", n, MaxBrackets));
        else
        {
            var b = 0;
            foreach (var element in list.EnumerateArray())
                if (ParseBracket(element, n, ++b, brackets.LastOrDefault(), errors) is { } bracket) brackets.Add(bracket);
        }
        return errors.Count == before ? new PriceLine(product, strategy!.Value, brackets) : null;
    }

    private static PriceBracket? ParseBracket(JsonElement element, int n, int b, PriceBracket? previous, List<string> errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(PricingText.T("Ligne {0}, tranche {1} : un objet {{\"fromQuantity\", \"unitPrice\" ou \"discountPercent\"}} est attendu.", n, b));
            return null;
        }
        var before = errors.Count;
        foreach (var property in element.EnumerateObject().Where(p => !BracketKeys.Contains(p.Name)))
            errors.Add(PricingText.T("Ligne {0}, tranche {1} : clé inconnue « {2} ».", n, b, property.Name));

        long from = 0;
        if (!element.TryGetProperty("fromQuantity", out var f) || !TryWhole(f, out from) || from is < 1 or > PriceCalculator.MaxQuantity)
            errors.Add(PricingText.T("Ligne {0}, tranche {1} : la quantité de départ doit être un nombre entier entre 1 et {2}.",
                n, b, PriceCalculator.MaxQuantity.ToString("N0", CultureInfo.CurrentCulture)));
        else if (previous is not null && from <= previous.FromQuantity)
            errors.Add(PricingText.T("Ligne {0}, tranche {1} : les quantités de départ doivent croître (celle-ci doit dépasser {2}).",
                n, b, previous.FromQuantity));

        var hasPrice = element.TryGetProperty("unitPrice", out var u) && u.ValueKind != JsonValueKind.Null;
        var hasDiscount = element.TryGetProperty("discountPercent", out var d) && d.ValueKind != JsonValueKind.Null;
        decimal? price = null, discount = null;
        if (hasPrice == hasDiscount)
            errors.Add(PricingText.T("Ligne {0}, tranche {1} : indiquez soit un prix unitaire, soit une remise en %.", n, b));
        else if (hasPrice)
        {
            if (TryDecimal(u, out var value) && value >= 0 && value < MaxPrice && decimal.Round(value, 4) == value) price = value;
            else errors.Add(PricingText.T("Ligne {0}, tranche {1} : le prix unitaire doit être un montant positif ou nul (4 décimales au plus).", n, b));
        }
        else
        {
            if (TryDecimal(d, out var value) && value is >= 0 and <= 100 && decimal.Round(value, 4) == value) discount = value;
            else errors.Add(PricingText.T("Ligne {0}, tranche {1} : la remise doit être comprise entre 0 et 100 %.", n, b));
        }
        return errors.Count == before ? new PriceBracket(from, price, discount) : null;
    }

    // Numbers may come as JSON numbers or, from a form, as typed text ("8,50", "1 000").
    private static bool TryDecimal(JsonElement value, out decimal result)
    {
        result = 0;
        return value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetDecimal(out result),
            JsonValueKind.String => decimal.TryParse(Clean(value.GetString()!), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out result),
            _ => false,
        };
    }

    private static bool TryWhole(JsonElement value, out long result)
    {
        result = 0;
        if (!TryDecimal(value, out var d) || d != decimal.Truncate(d) || d is > long.MaxValue or < long.MinValue) return false;
        result = (long)d;
        return true;
    }

    private static string Clean(string text) =>
        text.Trim().Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal)
            .Replace("\u202f", "", StringComparison.Ordinal).Replace(',', '.');
}
