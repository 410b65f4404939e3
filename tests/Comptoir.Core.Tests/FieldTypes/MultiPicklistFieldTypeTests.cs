using System.Text.Json;
using Comptoir.Core.FieldTypes;
using Comptoir.Core.Metadata;
using Comptoir.Core.Tests.Support;

namespace Comptoir.Core.Tests.FieldTypes;

public class MultiPicklistFieldTypeTests
{
    private static readonly MultiPicklistFieldType Type = FieldTypeCatalog.MultiPicklist;
    private static readonly FieldDefinition Interests = Field.Of("cf_interets", Type).Label("Centres d'intérêt", "Interests")
        .Picklist(new("bio", new("Produits bio", "Organic")), new("local", new("Circuits courts", "Local sourcing")),
                  new("vegan", new("Végétalien", "Vegan")), new("fax", new("Télécopie", "Fax"), Retired: true))
        .Build();

    [Fact]
    public void A_form_posts_repeated_inputs_joined_by_commas_kept_in_the_list_order() =>
        Assert.Equal(["bio", "vegan"], (IEnumerable<string>)Type.Parse(Interests, "vegan,bio,vegan").Value!);

    [Fact]
    public void The_api_sends_an_array_of_codes_or_labels()
    {
        Assert.Equal(["bio", "local"], (IEnumerable<string>)Type.ParseJson(Interests, Json.Of("[\"Circuits courts\", \"bio\"]")).Value!);
        Assert.Null(Type.ParseJson(Interests, Json.Of("[]")).Value);
    }

    [Fact]
    public void Refuses_a_value_outside_the_list_or_retired_naming_it()
    {
        using var _ = Culture.Use("fr");
        Assert.Equal("« astrologie » n'est pas proposé dans la liste « Centres d'intérêt ».", Type.Parse(Interests, "bio,astrologie").Error);
        Assert.Equal("« fax » n'est pas proposé dans la liste « Centres d'intérêt ».", Type.Parse(Interests, "fax").Error);
        Assert.Equal("Envoyez une liste de valeurs (exemple : [\"a\", \"b\"]).", Type.ParseJson(Interests, Json.Of("[1, 2]")).Error);
    }

    [Fact]
    public void Reads_back_a_retired_value_and_shows_labels_marking_the_retired_one()
    {
        var stored = Type.FromStoredJson(JsonSerializer.Deserialize<JsonElement>("[\"bio\", \"fax\"]"));
        Assert.Equal("Produits bio, Télécopie (retirée)", Type.Format(Interests, stored, Culture.Format("fr")));
        Assert.Equal("Organic, Fax (retired)", Type.Format(Interests, stored, Culture.Format("en")));
        Assert.Equal("bio,fax", Type.FormText(Interests, stored));
        Assert.Equal("[\"bio\",\"fax\"]", Type.ToJson(stored)!.ToJsonString());
        Assert.Equal(("array", null), Type.JsonSchema);
    }
}
