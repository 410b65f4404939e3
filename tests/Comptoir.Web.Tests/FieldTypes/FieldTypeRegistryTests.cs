using Comptoir.Core.Accounts;
using Comptoir.Core.FieldTypes;
using Comptoir.Core.Metadata;
using Comptoir.Web.Features.FieldTypes;
using Comptoir.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Comptoir.Web.Tests.FieldTypes;

/// <summary>A field type is registered with all its parts, or the application does not start.</summary>
public sealed class FieldTypeRegistryTests
{
    /// <summary>A type with its Core part only: no editor, no display.</summary>
    private sealed class RatingFieldType : FieldType
    {
        public override string Name => "rating";
        public override FieldResult Parse(FieldDefinition field, string text) => FieldResult.Ok(text);
    }

    private static WebApplicationFactory<Program> Host(TestDatabase database, Action<IServiceCollection> services) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Comptoir:Database:Provider", database.Provider);
            builder.UseSetting("ConnectionStrings:Comptoir", database.ConnectionString);
            builder.UseSetting("Comptoir:AdminPassword", TestApp.AdminPassword);
            builder.ConfigureTestServices(services);
        });

    [Theory, ClassData(typeof(Databases))]
    public async Task A_type_registered_without_its_web_part_stops_the_start_with_its_name(Db db)
    {
        await using var database = await TestDatabase.CreateAsync(db);
        await using var host = Host(database, services => services.AddFieldType(new RatingFieldType()));

        var error = Assert.ThrowsAny<Exception>(() => host.Server);

        Assert.Contains("Field type « rating » has no Web part", error.ToString(), StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_same_type_with_its_web_part_starts_and_is_known(Db db)
    {
        await using var database = await TestDatabase.CreateAsync(db);
        await using var host = Host(database, services => services.AddFieldType(new RatingFieldType())
            .AddFieldTypeView(new FieldTypeView("rating") { Editor = "/Features/FieldTypes/Text/_Input.cshtml" }));

        var registry = host.Services.GetRequiredService<FieldTypeRegistry>();

        Assert.Contains(registry.Types, t => t.Name == "rating");
        // Every built-in type is there with its Web part.
        Assert.All(FieldTypeCatalog.All, t => Assert.NotNull(registry.ViewOf(t).Editor));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_module_field_of_an_unregistered_type_stops_the_start_with_its_key(Db db)
    {
        await using var database = await TestDatabase.CreateAsync(db);
        var accounts = AccountsModule.Create();
        var rated = accounts with
        {
            Fields = [.. accounts.Fields, new FieldDefinition
            {
                Key = "cf_note", Label = new("Note", "Rating"), Type = new RatingFieldType(), Block = accounts.Blocks[0].Key,
                Storage = FieldStorage.Custom,
            }],
        };
        await using var host = Host(database, services => services.Replace(ServiceDescriptor.Singleton<IModuleRegistry>(new ModuleRegistry([rated]))));

        var error = Assert.ThrowsAny<Exception>(() => host.Server);

        Assert.Contains("accounts.cf_note (rating)", error.ToString(), StringComparison.Ordinal);
    }
}
