using System.Text.Json.Nodes;
using Comptoir.Core.Pricing;
using Comptoir.Core.Tests.Support;

namespace Comptoir.Core.Tests.Pricing;

public class PriceLinesFieldTypeTests
{
    private static readonly PriceLinesFieldType Type = PriceLinesFieldType.Instance;
    private static readonly Comptoir.Core.Metadata.FieldDefinition Lines = PriceListsModule.Create().FindField("lines")!;

    private const string Good = """
        [{"product": 7, "strategy": "tranches", "brackets": [{"fromQuantity": 1, "unitPrice": 10.00}, {"fromQuantity": 101, "discountPercent": 20}]},
         {"product": "8", "strategy": "groupVolume", "brackets": [{"fromQuantity": "5", "unitPrice": "8,50"}]}]
        """;

    [Fact]
    public void Parses_the_api_shape_into_canonical_json()
    {
        var result = Type.ParseJson(Lines, Json.Of(Good));

        Assert.True(result.IsValid, result.Error);
        Assert.Equal(
            """[{"product":7,"strategy":"tranches","brackets":[{"fromQuantity":1,"unitPrice":10},{"fromQuantity":101,"discountPercent":20}]},{"product":8,"strategy":"groupVolume","brackets":[{"fromQuantity":5,"unitPrice":8.5}]}]""",
            result.Value);
        var lines = PriceLinesJson.Read((string)result.Value!);
        Assert.Equal(PricingStrategy.Tranches, lines[0].Strategy);
        Assert.Equal(20m, lines[0].Brackets[1].DiscountPercent);
        Assert.Equal(8.5m, lines[1].Brackets[0].UnitPrice);
    }

    [Fact]
    public void The_form_text_and_a_json_string_parse_the_same()
    {
        var fromJson = Type.ParseJson(Lines, Json.Of(Good)).Value;
        Assert.Equal(fromJson, Type.Parse(Lines, Good).Value);
        Assert.Equal(fromJson, Type.ParseJson(Lines, Json.Of(JsonValue.Create(Good).ToJsonString())).Value);
        Assert.Equal("[]", Type.Parse(Lines, "[]").Value);
    }

    [Theory]
    [InlineData("""[{"product": 1, "strategy": "volume", "brackets": []}]""", "Ligne 1 : ajoutez au moins une tranche de quantité.")]
    [InlineData("""[{"strategy": "volume", "brackets": [{"fromQuantity": 1, "unitPrice": 1}]}]""", "Ligne 1 : choisissez un produit.")]
    [InlineData("""[{"product": 1, "strategy": "degressif", "brackets": [{"fromQuantity": 1, "unitPrice": 1}]}]""", "Ligne 1 : stratégie inconnue « degressif » (volume, tranches ou groupVolume).")]
    [InlineData("""[{"product": 1, "strategy": "volume", "brackets": [{"fromQuantity": 0, "unitPrice": 1}]}]""", "Ligne 1, tranche 1 : la quantité de départ doit être un nombre entier entre 1 et 1 000 000 000.")]
    [InlineData("""[{"product": 1, "strategy": "volume", "brackets": [{"fromQuantity": 1.5, "unitPrice": 1}]}]""", "Ligne 1, tranche 1 : la quantité de départ doit être un nombre entier entre 1 et 1 000 000 000.")]
    [InlineData("""[{"product": 1, "strategy": "volume", "brackets": [{"fromQuantity": 10, "unitPrice": 1}, {"fromQuantity": 10, "unitPrice": 1}]}]""", "Ligne 1, tranche 2 : les quantités de départ doivent croître (celle-ci doit dépasser 10).")]
    [InlineData("""[{"product": 1, "strategy": "volume", "brackets": [{"fromQuantity": 1, "unitPrice": -1}]}]""", "Ligne 1, tranche 1 : le prix unitaire doit être un montant positif ou nul (4 décimales au plus).")]
    [InlineData("""[{"product": 1, "strategy": "volume", "brackets": [{"fromQuantity": 1, "discountPercent": 100.01}]}]""", "Ligne 1, tranche 1 : la remise doit être comprise entre 0 et 100 %.")]
    [InlineData("""[{"product": 1, "strategy": "volume", "brackets": [{"fromQuantity": 1, "discountPercent": -1}]}]""", "Ligne 1, tranche 1 : la remise doit être comprise entre 0 et 100 %.")]
    [InlineData("""[{"product": 1, "strategy": "volume", "brackets": [{"fromQuantity": 1, "unitPrice": 1, "discountPercent": 5}]}]""", "Ligne 1, tranche 1 : indiquez soit un prix unitaire, soit une remise en %.")]
    [InlineData("""[{"product": 1, "strategy": "volume", "brackets": [{"fromQuantity": 1}]}]""", "Ligne 1, tranche 1 : indiquez soit un prix unitaire, soit une remise en %.")]
    [InlineData("""[{"product": 1, "strategy": "volume", "brackets": [{"fromQuantity": 1, "unitPrice": 1}]}, {"product": 1, "strategy": "tranches", "brackets": [{"fromQuantity": 1, "unitPrice": 1}]}]""", "Ligne 2 : ce produit a déjà une ligne (ligne 1).")]
    [InlineData("""[{"product": 1, "strategy": "volume", "colour": "red", "brackets": [{"fromQuantity": 1, "unitPrice": 1}]}]""", "Ligne 1 : clé inconnue « colour ».")]
    [InlineData("""{"product": 1}""", "Les lignes doivent être une liste JSON : [{\"product\": …, \"strategy\": …, \"brackets\": […]}].")]
    [InlineData("""[42]""", "Ligne 1 : un objet {\"product\", \"strategy\", \"brackets\"} est attendu.")]
    [InlineData("""[{"product": 1, "strategy": "volume", "brackets": [1]}]""", "Ligne 1, tranche 1 : un objet {\"fromQuantity\", \"unitPrice\" ou \"discountPercent\"} est attendu.")]
    public void Refuses_bad_lines_naming_the_line_in_french(string json, string message)
    {
        using var _ = Culture.Use("fr");
        var result = Type.ParseJson(Lines, Json.Of(json));
        Assert.False(result.IsValid);
        Assert.Equal(message, Json.PlainSpaces(result.Error!));
    }

    [Fact]
    public void Reports_every_bad_line_at_once_and_in_english_too()
    {
        const string json = """
            [{"product": 1, "strategy": "volume", "brackets": [{"fromQuantity": 1, "unitPrice": 1}]},
             {"product": 2, "strategy": "volume", "brackets": []},
             {"product": 0, "strategy": "volume", "brackets": [{"fromQuantity": 1, "unitPrice": 1}]}]
            """;
        using (Culture.Use("fr"))
            Assert.Equal("Ligne 2 : ajoutez au moins une tranche de quantité. Ligne 3 : choisissez un produit.", Type.ParseJson(Lines, Json.Of(json)).Error);
        using (Culture.Use("en"))
            Assert.Equal("Line 2: add at least one quantity bracket. Line 3: choose a product.", Type.ParseJson(Lines, Json.Of(json)).Error);
    }

    [Fact]
    public void Not_json_at_all_is_a_message_not_an_exception()
    {
        using var _ = Culture.Use("fr");
        Assert.StartsWith("Les lignes doivent être une liste JSON", Type.Parse(Lines, "[{oups").Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_product_must_exist()
    {
        using var _ = Culture.Use("fr");
        var references = new FakeReferences();
        references.Records.Add((ProductsModule.Name, 7));
        var value = Type.ParseJson(Lines, Json.Of(Good)).Value!;

        var result = await Type.CheckAsync(Lines, value, references, CancellationToken.None);

        Assert.Equal("Ligne 2 : le produit n°8 n'existe pas.", result.Error);
        references.Records.Add((ProductsModule.Name, 8));
        Assert.True((await Type.CheckAsync(Lines, value, references, CancellationToken.None)).IsValid);
    }

    [Fact]
    public void Empty_means_no_lines_formatted_as_a_count_and_shown_as_an_array()
    {
        using var _ = Culture.Use("fr");
        var value = (string)Type.ParseJson(Lines, Json.Of(Good)).Value!;

        Assert.Equal("[]", Type.EmptyValue);
        Assert.Equal("2 produits", Type.Format(Lines, value, Culture.Format("fr")));
        Assert.Equal("", Type.Format(Lines, "[]", Culture.Format("fr")));
        Assert.Equal(value, Type.FormText(Lines, value));
        Assert.IsType<JsonArray>(Type.ToJson(value));
        // PostgreSQL's jsonb gives keys back in its own order and spacing: the API still shows the canonical form.
        const string jsonb = """[{"product": 8, "brackets": [{"unitPrice": 8.50, "fromQuantity": 5}], "strategy": "volume"}]""";
        Assert.Equal("""[{"product":8,"strategy":"volume","brackets":[{"fromQuantity":5,"unitPrice":8.5}]}]""", Type.ToJson(jsonb)!.ToJsonString());
        Assert.Equal("""[{"product":8,"strategy":"volume","brackets":[{"fromQuantity":5,"unitPrice":8.5}]}]""", Type.FormText(Lines, jsonb));
    }
}
