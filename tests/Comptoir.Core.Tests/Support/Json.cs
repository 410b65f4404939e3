using System.Text.Json;

namespace Comptoir.Core.Tests.Support;

public static class Json
{
    /// <summary>A JSON value as the API would receive it: <c>Json.Of("{\"id\":5}")</c>.</summary>
    public static JsonElement Of(string json) => JsonSerializer.Deserialize<JsonElement>(json);

    /// <summary>Number formatting uses narrow or plain no-break spaces depending on ICU; compare with plain spaces.</summary>
    public static string PlainSpaces(string text) => text.Replace('\u202f', ' ').Replace('\u00a0', ' ');
}
