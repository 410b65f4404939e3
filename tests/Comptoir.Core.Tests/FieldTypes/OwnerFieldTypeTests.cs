using Comptoir.Core.FieldTypes;
using Comptoir.Core.Tests.Support;

namespace Comptoir.Core.Tests.FieldTypes;

public class OwnerFieldTypeTests
{
    private static readonly OwnerFieldType Type = FieldTypeCatalog.Owner;
    private static readonly Comptoir.Core.Metadata.FieldDefinition AssignedTo = Field.Of("assignedTo", Type).Build();

    [Fact]
    public void Reads_user_or_team_from_the_form_value()
    {
        Assert.Equal(new OwnerRef(OwnerKind.User, 5), Type.Parse(AssignedTo, "user:5").Value);
        Assert.Equal(new OwnerRef(OwnerKind.Team, 2), Type.Parse(AssignedTo, "team:2").Value);
    }

    [Theory]
    [InlineData("{\"type\":\"user\",\"id\":5}", OwnerKind.User, 5)]
    [InlineData("{\"type\":\"team\",\"id\":2}", OwnerKind.Team, 2)]
    [InlineData("\"team:2\"", OwnerKind.Team, 2)]
    public void Reads_user_or_team_from_json(string json, OwnerKind kind, int id) =>
        Assert.Equal(new OwnerRef(kind, id), Type.ParseJson(AssignedTo, Json.Of(json)).Value);

    [Theory]
    [InlineData("{\"type\":\"user\",\"id\":\"5\"}")]
    [InlineData("{\"type\":\"group\",\"id\":5}")]
    [InlineData("{\"type\":\"user\",\"id\":0}")]
    [InlineData("{\"type\":\"user\"}")]
    [InlineData("5")]
    [InlineData("\"admin\"")]
    public void Rejects_owner_json_that_names_no_user_or_team(string json)
    {
        using var _ = Culture.Use("fr");
        Assert.Equal("Choisissez un utilisateur ou une équipe.", Type.ParseJson(AssignedTo, Json.Of(json)).Error);
    }

    [Fact]
    public async Task Rejects_owner_that_does_not_exist_or_is_inactive()
    {
        using var _ = Culture.Use("fr");
        var references = new FakeReferences();
        Assert.True((await Type.CheckAsync(AssignedTo, new OwnerRef(OwnerKind.User, 1), references, CancellationToken.None)).IsValid);
        Assert.Equal("Cet utilisateur ou cette équipe n'existe pas ou n'est plus actif.",
            (await Type.CheckAsync(AssignedTo, new OwnerRef(OwnerKind.User, 99), references, CancellationToken.None)).Error);
    }

    [Fact]
    public void Shows_the_owner_name_and_writes_type_and_id_in_json()
    {
        var names = new FormatContext(System.Globalization.CultureInfo.GetCultureInfo("fr"),
            (module, id) => (module, id) switch { ("users", 5) => "Marie Lefèvre", ("teams", 2) => "Commerciaux", _ => null });
        Assert.Equal("Marie Lefèvre", Type.Format(AssignedTo, new OwnerRef(OwnerKind.User, 5), names));
        Assert.Equal("Commerciaux", Type.Format(AssignedTo, new OwnerRef(OwnerKind.Team, 2), names));
        Assert.Equal("{\"type\":\"team\",\"id\":2}", Type.ToJson(new OwnerRef(OwnerKind.Team, 2))!.ToJsonString());
        Assert.Equal(new OwnerRef(OwnerKind.Team, 2), Type.Parse(AssignedTo, Type.FormText(AssignedTo, new OwnerRef(OwnerKind.Team, 2))).Value);
    }
}
