using System.Text.Json.Nodes;
using Comptoir.Core.Duplicates;
using Comptoir.Data.Duplicates;
using Comptoir.Data.Settings;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Comptoir.Web.Tests.Duplicates;

internal static class DuplicatesHelpers
{
    /// <summary>Sets a module's rule as « Paramètres › Doublons » saves it.</summary>
    public static async Task SetRuleAsync(this TestApp app, string module, DuplicateAction action, params string[][] criteria)
    {
        using var scope = app.Services.CreateScope();
        await DuplicateRules.SetAsync(scope.ServiceProvider.GetRequiredService<SettingsStore>(), module, new DuplicateRule(true, action, criteria), CancellationToken.None);
    }

    /// <summary>POST /api/v1/{module}/duplicates/check, answered 200.</summary>
    public static async Task<JsonObject> CheckAsync(this HttpClient api, string module, object body)
    {
        var response = await api.PostJsonAsync($"/api/v1/{module}/duplicates/check", body);
        var json = await response.JsonAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {json}");
        return json;
    }

    public static List<string> Names(JsonNode? hits) =>
        hits!.AsArray().Select(h => h!["name"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();
}
