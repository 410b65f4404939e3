using Comptoir.Core.Accounts;
using Comptoir.Web.Features.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Comptoir.Web.Tests.CustomFields;

/// <summary>What the list API's query string accepts on custom fields.</summary>
public sealed class CustomFieldListQueryTests
{
    private static readonly Comptoir.Core.Metadata.ModuleDefinition Module = CustomFieldWorld.WithCustomFields(AccountsModule.Create());

    private static (Comptoir.Data.Records.ListRequest? Request, Dictionary<string, List<string>> Errors) Read(params (string Key, string Value)[] query) =>
        ListQuery.Read(Module, new QueryCollection(query.ToDictionary(q => q.Key, q => new StringValues(q.Value))));

    [Fact]
    public void Custom_fields_that_compare_in_sql_are_accepted_as_sort_and_filter()
    {
        var (request, errors) = Read(("sort", "cf_score"), ("order", "desc"), ("cf_niveau", "or"), ("cf_actif", "oui"), ("cf_depuis", "31/12/2025"));
        Assert.Empty(errors);
        Assert.Equal("cf_score", request!.Sort);
        Assert.Equal("or", request.Filters["cf_niveau"]);
        Assert.Equal("oui", request.Filters["cf_actif"]);
        Assert.Empty(Read(("sort", "cf_montant")).Errors);
        Assert.Empty(Read(("sort", "cf_niveau")).Errors);
    }

    [Fact]
    public void Custom_fields_that_cannot_be_compared_are_refused_with_a_message_naming_them()
    {
        var (_, errors) = Read(("sort", "cf_actif"));
        Assert.Contains("cf_score", errors["sort"].Single(), StringComparison.Ordinal); // the message lists what does sort
        Assert.Contains("cf_interets", Read(("cf_interets", "vin")).Errors.Keys);
        Assert.Contains("cf_niveau", Read(("cf_niveau", "platine")).Errors.Keys);  // not a value of the list
        Assert.Contains("cf_score", Read(("cf_score", "beaucoup")).Errors.Keys);
    }
}
