using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Comptoir.Web.Tests.Api;

namespace Comptoir.Web.Tests.Imports;

public static class ImportHelpers
{
    public const string Imports = "/api/v1/imports";

    static ImportHelpers() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    /// <summary>The multipart body the wizard's script posts: the page's fields (module, token), the file, the options chosen so far.</summary>
    public static MultipartFormDataContent WizardForm(string token, byte[] file, object options, string module = "accounts")
    {
        var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(content, "file", "comptes.csv");
        form.Add(new StringContent(module), "module");
        form.Add(new StringContent(token), "__RequestVerificationToken");
        form.Add(new StringContent(System.Text.Json.JsonSerializer.Serialize(options)), "options");
        return form;
    }

    /// <summary>Follows a wizard's import page (<c>/imports/{id}?handler=status</c>, under the page's sign-in) until it is over.</summary>
    public static async Task WaitForWizardAsync(HttpClient browser, string url)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var job = await (await browser.GetAsync(url + "?handler=status")).JsonAsync();
            if (job["status"]!.GetValue<string>() is "done" or "failed") return;
            Assert.True(DateTime.UtcNow < until, job.ToJsonString());
            await Task.Delay(50);
        }
    }

    /// <summary>POST /api/v1/imports with the file's bytes, the module and the options (JSON), as a browser's form would send them.</summary>
    public static Task<HttpResponseMessage> PostImportAsync(this HttpClient client, byte[] file, string module = "accounts", object? options = null, string fileName = "comptes.csv")
    {
        var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(content, "file", fileName);
        form.Add(new StringContent(module), "module");
        if (options is not null) form.Add(new StringContent(System.Text.Json.JsonSerializer.Serialize(options)), "options");
        return client.PostAsync(Imports, form);
    }

    /// <summary>Posts the import, expects 202, and follows its Location until it is over.</summary>
    public static async Task<JsonObject> ImportAsync(this HttpClient client, byte[] file, string module = "accounts", object? options = null)
    {
        using var response = await client.PostImportAsync(file, module, options);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches(@"^/api/v1/imports/\d+$", location);
        var until = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var import = await (await client.GetAsync(location)).JsonAsync();
            var status = import["status"]!.GetValue<string>();
            if (status is "done" or "failed") return import;
            Assert.True(DateTime.UtcNow < until, $"import still {status}: {import.ToJsonString()}");
            await Task.Delay(50);
        }
    }

    public static int Count(this JsonObject import, string key) => import["counts"]![key]!.GetValue<int>();

    /// <summary>The accounts the list shows, by name.</summary>
    public static async Task<Dictionary<string, JsonObject>> AccountsByNameAsync(this HttpClient client)
    {
        var list = await (await client.GetAsync(ApiHelpers.Accounts + "?limit=100")).JsonAsync();
        return list["items"]!.AsArray().Select(i => i!.AsObject()).ToDictionary(i => i["name"]!.GetValue<string>());
    }
}
