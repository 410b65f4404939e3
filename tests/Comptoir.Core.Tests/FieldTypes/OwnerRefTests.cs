using Comptoir.Core.FieldTypes;

namespace Comptoir.Core.Tests.FieldTypes;

public class OwnerRefTests
{
    [Theory]
    [InlineData("user:5", OwnerKind.User, 5)]
    [InlineData("team:12", OwnerKind.Team, 12)]
    public void Parses_and_formats_the_form_value(string text, OwnerKind kind, int id)
    {
        var owner = OwnerRef.TryParse(text);
        Assert.Equal(new OwnerRef(kind, id), owner);
        Assert.Equal(text, owner!.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("user")]
    [InlineData("user:")]
    [InlineData("user:0")]
    [InlineData("user:-5")]
    [InlineData("user:+5")]
    [InlineData("user: 5")]
    [InlineData("User:5")]
    [InlineData("group:5")]
    [InlineData("user:5:6")]
    public void Rejects_text_that_names_no_user_or_team(string? text) =>
        Assert.Null(OwnerRef.TryParse(text));

    [Fact]
    public void Names_its_type_as_the_api_does()
    {
        Assert.Equal("user", new OwnerRef(OwnerKind.User, 1).TypeName);
        Assert.Equal("team", new OwnerRef(OwnerKind.Team, 1).TypeName);
        Assert.Null(OwnerRef.TryCreate("admin", 1));
    }
}
